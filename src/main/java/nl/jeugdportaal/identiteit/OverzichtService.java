package nl.jeugdportaal.identiteit;

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
import nl.jeugdportaal.inzage.Kijker;
import nl.jeugdportaal.inzage.regels.Zaakrol;
import nl.jeugdportaal.plan.Gezinstoegang;
import nl.jeugdportaal.registratie.*;
import nl.jeugdportaal.toestemming.Machtiging;
import nl.jeugdportaal.web.Datums;
import nl.jeugdportaal.web.Taal;
import nl.jeugdportaal.web.Taalkeuze;

/** Builds the start page's overview from the registration, for one person on one day. */
@ApplicationScoped
public class OverzichtService {
    @Inject
    Gezinstoegang gezinstoegang;
    @Inject
    Taalkeuze taalkeuze;

    @Transactional
    public Overzicht voor(Kijker kijker, LocalDate vandaag) {
        Persoon ik = kijker.persoon();
        boolean medewerker = kijker.isMedewerker();
        boolean jeVorm = ik.leeftijdOp(vandaag) < 18;
        Dossierregels regels = new Dossierregels(vandaag, jeVorm, ik, gezinstoegang, taalkeuze.taal());

        Overzicht.Dossierregel eigen = Dossier.vanKind(ik)
                .filter(d -> ik.leeftijdOp(vandaag) >= 12)
                .map(d -> regels.van(d, jeVorm ? "Dit is jouw eigen dossier." : "Dit is uw eigen dossier.", false))
                .orElse(null);

        List<Relatie> relaties = Relatie.vanPersoon(ik).stream().filter(r -> r.geldigOp(vandaag)).toList();
        Map<Long, Dossier> dossierVanKind = Dossier.vanKinderen(relaties.stream().map(r -> r.kind).toList())
                .stream().collect(Collectors.toMap(d -> d.kind.id, Function.identity()));
        List<Overzicht.Dossierregel> kinderen = new ArrayList<>();
        for (Relatie relatie : relaties) {
            Optional.ofNullable(dossierVanKind.get(relatie.kind.id))
                    .ifPresent(d -> kinderen.add(regels.van(d, band(relatie, vandaag), false)));
        }

        List<Overzicht.Clientregel> clienten = Machtiging.vanVertrouwenspersoon(ik).stream()
                .filter(m -> m.geldigOp(vandaag))
                .map(m -> new Overzicht.Clientregel(m.client.id, m.client.naam(), Datums.lang(m.vanaf),
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
    private static String band(Relatie relatie, LocalDate vandaag) {
        String kind = relatie.kind.voornaam;
        boolean volwassen = relatie.kind.leeftijdOp(vandaag) >= 18;
        return switch (relatie.soort) {
            case OUDER -> {
                if (volwassen) {
                    yield "U bent de ouder van " + kind + ". " + kind + " is 18 of ouder. Daarom heeft u geen gezag meer.";
                }
                yield relatie.gezag ? "U bent de ouder van " + kind + " en u heeft het gezag."
                        : "U bent de ouder van " + kind + ". U heeft geen gezag. U kunt wel informatie over "
                                + kind + " vragen.";
            }
            case VOOGD -> volwassen ? "U was voogd van " + kind + ". De voogdij stopte toen " + kind + " 18 werd."
                    : "U bent de voogd van " + kind + ". U heeft het gezag.";
            case VERTEGENWOORDIGER -> "U bent de wettelijk vertegenwoordiger van " + kind + ".";
        };
    }

    /** {@code medewerker}: the row is on a staff member's list of the cases they are on (DOMAIN §1). */
    private record Dossierregels(LocalDate vandaag, boolean jeVorm, Persoon ik, Gezinstoegang toegang, Taal taal) {
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
            String naam = Character.toUpperCase(m.soort.label.charAt(0)) + m.soort.label.substring(1);
            if (m.einddatum == null) {
                return naam + ": sinds " + Datums.lang(m.begindatum) + ", tot " + kind.voornaam + " 18 jaar wordt.";
            }
            if (m.einddatum.isBefore(vandaag)) {
                return naam + ": van " + Datums.lang(m.begindatum) + " tot " + Datums.lang(m.einddatum)
                        + ". Deze maatregel is gestopt.";
            }
            return naam + ": sinds " + Datums.lang(m.begindatum) + ", tot en met " + Datums.lang(m.einddatum) + ".";
        }
    }
}
