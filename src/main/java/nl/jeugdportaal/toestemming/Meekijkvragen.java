package nl.jeugdportaal.toestemming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Meekijken;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Geldigheid;
import nl.jeugdportaal.registratie.Machtiging;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Toestemming;

/**
 * DOMAIN §2 rule 6 for the pages: per machtiging and child, whose toestemming the vertrouwenspersoon
 * needs besides the machtiging, and where each of them stands. Who is asked is for the rules
 * ({@link Inzageregels#meekijken}); this adds the toestemmingen and answers from the database.
 */
@ApplicationScoped
class Meekijkvragen {

    /** Where one asked person stands; the words are in {@link MachtigingTekst#stand}. */
    enum Stand { GEGEVEN, GEWEIGERD, INGETROKKEN, OPEN }

    record Gevraagd(Persoon persoon, Stand stand, Toestemmingsvraag antwoord) {
    }

    /** One child's dossier under one machtiging. */
    record Kind(Machtiging machtiging, Persoon kind, boolean clientMag, List<Gevraagd> gevraagd) {
    }

    @Inject
    SituatieBouwer situaties;

    private final Inzageregels regels = new Inzageregels();

    /** For every machtiging, every one of the children; {@code kijker} is who looks at the page. */
    List<Kind> voor(List<Machtiging> machtigingen, Collection<Persoon> kinderen, Persoon kijker, LocalDate vandaag) {
        if (machtigingen.isEmpty() || kinderen.isEmpty()) {
            return List.of();
        }
        Set<Persoon> personen = new LinkedHashSet<>(kinderen);
        machtigingen.forEach(m -> {
            personen.add(m.client);
            personen.add(m.vertrouwenspersoon);
        });
        Situatie situatie = situaties.rond(personen, kijker);
        List<Toestemming> toestemmingen = Toestemming.over(List.copyOf(kinderen));
        List<Toestemmingsvraag> antwoorden = Toestemmingsvraag.vanMachtigingen(machtigingen);

        List<Kind> lijst = new ArrayList<>();
        for (Machtiging m : machtigingen) {
            for (Persoon kind : kinderen) {
                Meekijken meekijken = regels.meekijken(situatie, SituatieBouwer.sleutel(m.client),
                        SituatieBouwer.sleutel(m.vertrouwenspersoon), SituatieBouwer.sleutel(kind), vandaag);
                List<Gevraagd> gevraagd = new ArrayList<>();
                for (String id : meekijken.toestemmingNodigVan()) {
                    Persoon p = Persoon.findById(Long.valueOf(id));
                    gevraagd.add(stand(m, kind, p, toestemmingen, antwoorden, vandaag));
                }
                lijst.add(new Kind(m, kind, meekijken.clientMag(), gevraagd));
            }
        }
        return lijst;
    }

    private static Gevraagd stand(Machtiging m, Persoon kind, Persoon gevraagd, List<Toestemming> toestemmingen,
            List<Toestemmingsvraag> antwoorden, LocalDate vandaag) {
        boolean gegeven = toestemmingen.stream().anyMatch(t -> t.gever.id.equals(gevraagd.id)
                && t.ontvanger.id.equals(m.vertrouwenspersoon.id) && t.over.id.equals(kind.id)
                && t.geldigheid(vandaag) == Geldigheid.GELDIG);
        Toestemmingsvraag antwoord = antwoorden.stream().filter(a -> a.machtiging.id.equals(m.id)
                && a.over.id.equals(kind.id) && a.gevraagdAan.id.equals(gevraagd.id)).findFirst().orElse(null);
        Stand stand;
        if (gegeven) {
            stand = Stand.GEGEVEN;
        } else if (antwoord == null) {
            stand = Stand.OPEN;
        } else {
            // A "ja" whose toestemming no longer holds was withdrawn: it counts as none.
            stand = antwoord.antwoord == Toestemmingsvraag.Antwoord.NEE ? Stand.GEWEIGERD : Stand.INGETROKKEN;
        }
        return new Gevraagd(gevraagd, stand, antwoord);
    }
}
