package nl.jeugdportaal.overzicht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdportaal.betrokkenen.JeugdbeschermerWissel;
import nl.jeugdportaal.betrokkenen.WieIsWieResource;
import nl.jeugdportaal.identiteit.Kijker;
import nl.jeugdportaal.inzage.DossierTekst;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.plan.Gezinstoegang;
import nl.jeugdportaal.registratie.*;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.web.Taal;

/** Builds the start page's overview from the registration, for one person on one day, in their language. */
@ApplicationScoped
public class OverzichtService {
    @Inject
    Gezinstoegang gezinstoegang;

    @Transactional
    public Overzicht voor(Kijker kijker, LocalDate vandaag, Taal taal) {
        Persoon ik = kijker.persoon();
        boolean medewerker = kijker.isMedewerker();
        boolean jeVorm = ik.leeftijdOp(vandaag) < 18;
        StartTekst tekst = taal.bundel(StartTekst.class);
        Dossierregels regels = new Dossierregels(vandaag, jeVorm, ik, gezinstoegang, taal, tekst);

        Overzicht.Dossierregel eigen = Dossier.vanKind(ik)
                .filter(d -> ik.leeftijdOp(vandaag) >= 12)
                .map(d -> regels.van(d, jeVorm ? tekst.eigenDossierJe() : tekst.eigenDossierU(), false))
                .orElse(null);

        List<Relatie> relaties = Relatie.vanPersoon(ik).stream().filter(r -> r.geldigOp(vandaag)).toList();
        Map<Long, Dossier> dossierVanKind = Dossier.vanKinderen(relaties.stream().map(r -> r.kind).toList())
                .stream().collect(Collectors.toMap(d -> d.kind.id, Function.identity()));
        List<Overzicht.Dossierregel> kinderen = new ArrayList<>();
        for (Relatie relatie : relaties) {
            Optional.ofNullable(dossierVanKind.get(relatie.kind.id))
                    .ifPresent(d -> kinderen.add(regels.van(d, band(relatie, vandaag, tekst), false)));
        }

        List<Overzicht.Clientregel> clienten = Machtiging.vanVertrouwenspersoon(ik).stream()
                .filter(m -> m.geldigOp(vandaag))
                .map(m -> new Overzicht.Clientregel(m.client.id, m.client.naam(), taal.datum(m.vanaf),
                        dossiersVan(m.client, vandaag)))
                .toList();

        // The query finds the cases the registration ties this person to; the rule decides with the login's roles.
        List<Overzicht.Dossierregel> dossiers = !medewerker ? List.of()
                : (Zaakrol.alleZaken(kijker.functies()) ? Dossier.alle() : Dossier.vanMedewerker(ik)).stream()
                        .filter(d -> kijker.zaakrol(d).isPresent())
                        .map(d -> regels.van(d, null, true)).toList();

        return new Overzicht(ik.naam(), ik.voornaam, jeVorm, medewerker, eigen, kinderen, clienten, dossiers);
    }

    /** The client's own dossier and those of the children the client has a relation with. */
    private static List<Overzicht.Dossierlink> dossiersVan(Persoon client, LocalDate vandaag) {
        return Dossier.vanBetrokkene(client, vandaag).stream()
                .map(d -> new Overzicht.Dossierlink(d.kind.id, d.kind.naam())).toList();
    }

    /** How the viewer stands to the child, in words a parent understands. */
    private static String band(Relatie relatie, LocalDate vandaag, StartTekst tekst) {
        String kind = relatie.kind.voornaam;
        boolean volwassen = relatie.kind.leeftijdOp(vandaag) >= 18;
        return switch (relatie.soort) {
            case OUDER -> {
                if (volwassen) {
                    yield tekst.ouderVolwassenKind(kind);
                }
                yield relatie.gezag ? tekst.ouderMetGezag(kind) : tekst.ouderZonderGezag(kind);
            }
            case VOOGD -> volwassen ? tekst.voogdGeweest(kind) : tekst.voogd(kind);
            case VERTEGENWOORDIGER -> tekst.vertegenwoordiger(kind);
            case PLEEGOUDER -> tekst.pleegouder(kind);
        };
    }

    /** {@code medewerker}: the row is on a staff member's list of the cases they are on (DOMAIN §1). */
    private record Dossierregels(LocalDate vandaag, boolean jeVorm, Persoon ik, Gezinstoegang toegang, Taal taal,
            StartTekst tekst) {
        Overzicht.Dossierregel van(Dossier dossier, String band, boolean medewerker) {
            Persoon kind = dossier.kind;
            Persoon jb = dossier.jeugdbeschermer;
            List<String> maatregelen = dossier.maatregelen.stream()
                    .filter(m -> !m.begindatum.isAfter(vandaag))
                    .map(m -> beschrijf(m, kind))
                    .toList();
            String wissel = JeugdbeschermerWissel.laatste(dossier, vandaag).map(w -> WieIsWieResource.aankondiging(w, taal))
                    .orElse(null);
            return new Overzicht.Dossierregel(kind.id, kind.naam(), kind.leeftijdOp(vandaag), band, maatregelen,
                    jb.naam(), jb.telefoon, jb.email, toegang.magZien(ik, dossier, medewerker), wissel);
        }

        private String beschrijf(Maatregel m, Persoon kind) {
            String label = taal.bundel(DossierTekst.class).maatregel(m.soort);
            String naam = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            if (m.einddatum == null) {
                return tekst.maatregelTot18(naam, taal.datum(m.begindatum), kind.voornaam);
            }
            if (m.einddatum.isBefore(vandaag)) {
                return tekst.maatregelGestopt(naam, taal.datum(m.begindatum), taal.datum(m.einddatum));
            }
            return tekst.maatregelTotEnMet(naam, taal.datum(m.begindatum), taal.datum(m.einddatum));
        }
    }
}
