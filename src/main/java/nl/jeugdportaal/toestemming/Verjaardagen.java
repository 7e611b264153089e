package nl.jeugdportaal.toestemming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdportaal.audit.Actie;
import nl.jeugdportaal.audit.Audit;
import nl.jeugdportaal.audit.AuditRegel;
import nl.jeugdportaal.audit.Uitkomst;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Inzageregels;
import nl.jeugdportaal.inzage.regels.Regel;
import nl.jeugdportaal.inzage.regels.Situatie;
import nl.jeugdportaal.registratie.Geldigheid;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.registratie.SituatieBouwer;
import nl.jeugdportaal.registratie.Toestemming;
import nl.jeugdportaal.verzoek.Bericht;
import nl.jeugdportaal.web.Tweetalig;

/**
 * DOMAIN §2 rule 5: on the 12th, 16th and 18th birthday who decides about a person changes, so a
 * toestemming can stop counting by itself (a child's own yes is needed from 12, the parents' yes
 * stops at 16). For a given day this tells the people concerned (whoever held it and whoever gave
 * it) and asks the person it is about whether they give it themselves. Idempotent: a second run for
 * the same day sends nothing twice, so the daily job (wired by another feature) may repeat.
 */
@ApplicationScoped
public class Verjaardagen {
    private static final List<Integer> LEEFTIJDEN = List.of(12, 16, 18);

    @Inject
    SituatieBouwer situaties;
    @Inject
    Audit audit;
    @Inject
    Clock clock;

    private final Inzageregels regels = new Inzageregels();

    /** @return how many toestemmingen stopped counting on {@code dag} and were reported */
    @Transactional
    public int meld(LocalDate dag) {
        int gemeld = 0;
        for (Persoon jarig : jarigOp(dag)) {
            Situatie situatie = situaties.rond(List.of(jarig), jarig);
            String over = SituatieBouwer.sleutel(jarig);
            Map<Persoon, Set<Persoon>> geversPerOntvanger = new LinkedHashMap<>();
            for (Toestemming t : Toestemming.over(List.of(jarig))) {
                if (t.geldigheid(dag) == Geldigheid.GELDIG) {
                    geversPerOntvanger.computeIfAbsent(t.ontvanger, o -> new LinkedHashSet<>()).add(t.gever);
                }
            }
            for (Map.Entry<Persoon, Set<Persoon>> e : geversPerOntvanger.entrySet()) {
                String aan = SituatieBouwer.sleutel(e.getKey());
                if (!stoptOp(situatie, aan, over, dag) || alGemeld(jarig, e.getKey(), dag)) {
                    continue;
                }
                meld(jarig, e.getKey(), e.getValue(), dag);
                gemeld++;
            }
        }
        return gemeld;
    }

    /** Whether the toestemming counted the day before and does not today: a birthday ended it. */
    private boolean stoptOp(Situatie situatie, String aan, String over, LocalDate dag) {
        Besluit gisteren = regels.magGegevensZien(situatie, aan, over, dag.minusDays(1));
        Besluit vandaag = regels.magGegevensZien(situatie, aan, over, dag);
        return gisteren.regel() == Regel.TOESTEMMING && vandaag.regel() != Regel.TOESTEMMING && !vandaag.toegestaan();
    }

    private static List<Persoon> jarigOp(LocalDate dag) {
        // Born on 29 February: the birthday counts on 1 March in a common year, so look one day further back.
        return LEEFTIJDEN.stream()
                .flatMap(n -> Persoon.<Persoon>list("geboortedatum between ?1 and ?2", dag.minusYears(n).minusDays(1),
                        dag.minusYears(n)).stream()
                        .filter(p -> new nl.jeugdportaal.inzage.regels.Persoon("p", p.geboortedatum).verjaardag(n).equals(dag)))
                .toList();
    }

    private static String kenmerk(Persoon jarig, Persoon ontvanger, LocalDate dag) {
        return "verjaardag " + dag + ": toestemming over " + jarig.id + " aan " + ontvanger.id;
    }

    private static boolean alGemeld(Persoon jarig, Persoon ontvanger, LocalDate dag) {
        return AuditRegel.count("actie = ?1 and toelichting = ?2", Actie.TOESTEMMING_TELT_NIET_MEER,
                kenmerk(jarig, ontvanger, dag)) > 0;
    }

    private void meld(Persoon jarig, Persoon ontvanger, Set<Persoon> gevers, LocalDate dag) {
        int leeftijd = jarig.leeftijdOp(dag);
        Tweetalig onderwerp = Tweetalig.van(t -> t.bundel(ToestemmingTekst.class).verjaardagOnderwerp());
        bericht(ontvanger, onderwerp, Tweetalig.van(t -> t.bundel(ToestemmingTekst.class)
                .verjaardagOntvanger(jarig.voornaam, leeftijd)));
        for (Persoon gever : gevers) {
            if (!gever.equals(jarig) && !gever.equals(ontvanger)) {
                bericht(gever, onderwerp, Tweetalig.van(t -> t.bundel(ToestemmingTekst.class)
                        .verjaardagGever(jarig.voornaam, leeftijd, ontvanger.voornaam)));
            }
        }
        // From this birthday the person decides (with the gezag-holders under 16): ask them.
        bericht(jarig, onderwerp, Tweetalig.van(t -> t.bundel(ToestemmingTekst.class)
                .verjaardagVraag(leeftijd, ontvanger.voornaam)));
        audit.schrijf(new Audit.Actor(null, "systeem", null), new Audit.Gebeurtenis(Actie.TOESTEMMING_TELT_NIET_MEER,
                Uitkomst.GEWIJZIGD, null, null, null, kenmerk(jarig, ontvanger, dag), List.of(jarig.id)));
    }

    private void bericht(Persoon aan, Tweetalig onderwerp, Tweetalig tekst) {
        Bericht bericht = new Bericht();
        bericht.persoon = aan;
        bericht.pad = "/toestemming";
        bericht.tekst(onderwerp, tekst);
        bericht.tijdstip = clock.instant();
        bericht.persist();
    }
}
