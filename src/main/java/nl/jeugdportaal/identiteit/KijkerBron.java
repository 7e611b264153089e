package nl.jeugdportaal.identiteit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.identiteit.regels.Rol;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Idinvoer;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;

/** Turns the login (and a chosen client, for a vertrouwenspersoon) into a {@link Kijker}. */
@RequestScoped
public class KijkerBron {
    @Inject
    HuidigeGebruiker gebruiker;
    @Inject
    Clock clock;
    @Inject
    Audit audit;

    /** For pages: the kijker, or "not found" (a forged client id reveals nothing). */
    public Kijker kijkerOfNietGevonden(String namens) {
        return kijker(Idinvoer.getal(namens)).orElseThrow(NotFoundException::new);
    }

    /**
     * Like {@link #kijker}, for opening a dossier: a named client without a valid machtiging is a
     * refused open, logged like any other refusal (DOMAIN §2.8), before the same "not found".
     */
    @Transactional
    public Optional<Kijker> kijkerVoorDossier(Long namensId, Long kindId) {
        Optional<Kijker> kijker = kijker(namensId);
        if (kijker.isEmpty() && namensId != null) {
            kijker(null).ifPresent(ik -> weigerNamens(ik, namensId, kindId));
        }
        return kijker;
    }

    /**
     * Logs a refused open by someone who named a client that gave them no valid machtiging today: a
     * refusal like any other (DOMAIN §2.8). The named client is only mentioned in the explanation,
     * not as "namens", because nobody acted for them.
     */
    private void weigerNamens(Kijker kijker, Long namensId, Long kindId) {
        Optional<Dossier> dossier = kindId == null ? Optional.empty() : Dossier.find("kind.id", kindId).firstResultOptional();
        audit.schrijf(kijker.actor(), new Audit.Gebeurtenis(Actie.DOSSIER_GEWEIGERD, Uitkomst.GEWEIGERD,
                dossier.map(d -> d.id).orElse(null), null, null, "geen geldige machtiging van persoon " + namensId,
                dossier.map(d -> List.of(kindId)).orElse(List.of())));
    }

    /**
     * Empty when the registration does not know the login as anyone today (no person, or a person
     * without a role: a child below 12, a relation that ended), or when "namens" names someone who
     * gave this person no machtiging that is valid today: a forged client id gets nothing.
     */
    public Optional<Kijker> kijker(Long namensId) {
        Optional<Persoon> ik = gebruiker.persoon();
        if (ik.isEmpty() || gebruiker.rollen().isEmpty()) {
            return Optional.empty();
        }
        if (namensId == null) {
            return Optional.of(new Kijker(ik.get(), gebruiker.rollen(), null));
        }
        if (!gebruiker.heeftRol(Rol.VERTROUWENSPERSOON)) {
            return Optional.empty();
        }
        return Machtiging.vanVertrouwenspersoon(ik.get()).stream()
                .filter(m -> m.client.id.equals(namensId))
                .filter(m -> m.geldigOp(Inzageregels.vandaagInNederland(clock)))
                .findFirst()
                .map(m -> new Kijker(ik.get(), gebruiker.rollen(), m.client));
    }
}
