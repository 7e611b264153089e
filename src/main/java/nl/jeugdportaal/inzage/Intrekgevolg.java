package nl.jeugdportaal.inzage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Stuk;
import nl.jeugdportaal.registratie.StukDeel;
import nl.jeugdportaal.registratie.Toestemming;

/**
 * What withdrawing one toestemming changes for the person who got it (DOMAIN §2 rule 9: before a jeugdige
 * withdraws a parent's toestemming, she is told what the parent will see afterwards). The same rules as
 * the dossier page decide, once with and once without this toestemming; only counts come out, never a
 * title, so the giver learns nothing about stukken she could not see herself.
 */
@ApplicationScoped
public class Intrekgevolg {
    @Inject
    EntityManager em;
    @Inject
    SituatieBouwer situaties;
    @Inject
    InzageService inzage;

    /** Of {@code totaal} stukken about the person, the receiver sees {@code nu} today and {@code daarna} without it. */
    public record Gevolg(int totaal, int nu, int daarna) {
    }

    /** Empty when no stuk is about the person the toestemming is about. */
    public Optional<Gevolg> naIntrekken(Toestemming toestemming, LocalDate vandaag) {
        List<Stuk> stukken = em.createQuery("select distinct s from Stuk s join s.over p where p = :over"
                + " and s.vernietigdOp is null", Stuk.class).setParameter("over", toestemming.over).getResultList();
        if (stukken.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<StukDeel>> delen = inzage.delen(stukken);
        Inzageregels regels = new Inzageregels();
        String ontvanger = SituatieBouwer.sleutel(toestemming.ontvanger);
        int nu = 0;
        int daarna = 0;
        Map<Dossier, List<Stuk>> perDossier = stukken.stream().collect(Collectors.groupingBy(s -> s.dossier));
        for (Map.Entry<Dossier, List<Stuk>> e : perDossier.entrySet()) {
            Situatie met = situaties.voor(e.getKey(), toestemming.ontvanger, null, false);
            Situatie zonder = met.metToestemmingen(zonder(met.toestemmingen(), SituatieBouwer.regel(toestemming)));
            for (Stuk stuk : e.getValue()) {
                var vraag = Stukbeoordeling.vraag(stuk, delen.getOrDefault(stuk.id, List.of()));
                nu += ziet(regels.beantwoord(met, ontvanger, vraag, vandaag)) ? 1 : 0;
                daarna += ziet(regels.beantwoord(zonder, ontvanger, vraag, vandaag)) ? 1 : 0;
            }
        }
        return Optional.of(new Gevolg(stukken.size(), nu, daarna));
    }

    /** The list less one copy of this toestemming: an identical second one would still count. */
    private static List<nl.jeugdportaal.inzage.regels.Toestemming> zonder(
            List<nl.jeugdportaal.inzage.regels.Toestemming> alle, nl.jeugdportaal.inzage.regels.Toestemming weg) {
        List<nl.jeugdportaal.inzage.regels.Toestemming> rest = new ArrayList<>(alle);
        rest.remove(weg);
        return rest;
    }

    /** Seen whole, or in part: a stuk of which some delen show. */
    private static boolean ziet(Inzageantwoord antwoord) {
        return antwoord.besluit().toegestaan() || antwoord.zichtbareDelen() > 0;
    }
}
