package nl.jeugdportaal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import nl.jeugdportaal.klacht.Klacht;
import nl.jeugdportaal.klacht.Klachtgesprek;
import nl.jeugdportaal.klacht.Klachtonderdeel;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.registratie.Dossier;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.tijd.regels.Tijdzone;

/**
 * A year of complaints for "Leren van klachten", in the proportions of the SVMN analysis of 2019
 * (seed 002 §1): 123 complaints by measure, klager, support and aard, 17 asking for another
 * jeugdbeschermer, and 13 that went on to the KJMN with 58 parts and its rulings. Generated with a
 * fixed seed, so every demo shows the same figures; dates are days before today.
 *
 * <p>The complaints hang on the demo dossiers but are filed by demo-only klagers without a login,
 * so no demo family sees them as their own. The measure is the one seed 002 counts, not the dossier's.
 */
final class KlachtDemo {
    private static final int KLAGERS = 10;
    /** Seed 002 §2: 13 complaints to the KJMN, 58 parts: 13 gegrond, 10 deels, 32 ongegrond, 3 geen oordeel. */
    private static final int KJMN = 13;

    private final Random toeval = new Random(2019);
    private final LocalDate vandaag;
    private final List<Dossier> dossiers;

    KlachtDemo(LocalDate vandaag, List<Dossier> dossiers) {
        this.vandaag = vandaag;
        this.dossiers = dossiers;
    }

    int laad() {
        List<Persoon> klagers = klagers();
        Kenmerken kenmerken = kenmerken();
        int aantal = kenmerken.maatregelen().size();
        for (int i = 0; i < aantal; i++) {
            Klacht k = klacht(i, klagers.get(i % KLAGERS), kenmerken);
            boolean naarKjmn = i >= 1 && i <= KJMN;
            onderdelen(k, naarKjmn ? (i <= 6 ? 5 : 4) : 1 + toeval.nextInt(3), naarKjmn ? kenmerken.uitspraken() : null);
            Klachtgesprek g = gesprek(k, i == 0 ? null : naarKjmn ? Gespreksuitkomst.NIET_OPGELOST : kenmerken.uitkomsten().get(i));
            k.route = naarKjmn ? Route.KJMN : Route.STAP2;
            if (naarKjmn) {
                naarKjmn(k, g, i == 1);
            }
            if (i >= 2) {
                k.afgerond = k.reactieOp != null ? k.reactieOp : g.verslagOp.plusDays(7);
            }
            k.persist();
        }
        return aantal;
    }

    /** What seed 002 counts, one value per complaint; the rulings in the order the KJMN parts take them. */
    private record Kenmerken(List<Maatregelsoort> maatregelen, List<Aard> aarden, List<Klagersoort> soorten,
            List<Ondersteuning> steun, List<Boolean> andereJb, Iterator<Uitspraak> uitspraken,
            List<Gespreksuitkomst> uitkomsten) {
    }

    private List<Persoon> klagers() {
        List<Persoon> klagers = new ArrayList<>();
        for (int i = 1; i <= KLAGERS; i++) {
            Persoon p = new Persoon();
            p.bsn = String.format("99000%04d", i);
            p.voornaam = "Klager";
            p.achternaam = "Jaarcijfers " + i;
            p.geboortedatum = vandaag.minusYears(30 + i);
            p.persist();
            klagers.add(p);
        }
        return klagers;
    }

    /** Shuffled in this order, so the fixed seed gives the same year every time. */
    private Kenmerken kenmerken() {
        List<Maatregelsoort> maatregelen = verdeling(Maatregelsoort.OTS, 104, Maatregelsoort.VOOGDIJ, 7,
                Maatregelsoort.PREVENTIEF, 9, Maatregelsoort.JR, 3);
        List<Aard> aarden = verdeling(Aard.BEJEGENING, 82, Aard.RAPPORTAGES, 28, Aard.BEREIKBAARHEID, 6, Aard.OVERIG, 7);
        List<Klagersoort> soorten = verdeling(Klagersoort.BEIDE_OUDERS, 2, Klagersoort.MOEDER, 58, Klagersoort.VADER, 56,
                Klagersoort.JEUGDIGE, 1, Klagersoort.GROOTOUDERS, 3, Klagersoort.PLEEGOUDERS, 2, Klagersoort.OVERIGEN, 1);
        List<Ondersteuning> steun = verdeling(Ondersteuning.AKJ, 57, Ondersteuning.ADVOCAAT, 9,
                Ondersteuning.HULPVERLENER, 9, Ondersteuning.FAMILIELID, 24, Ondersteuning.GEEN, 24);
        List<Boolean> andereJb = verdeling(true, 17, false, 123 - 17);
        List<Uitspraak> uitspraken = verdeling(Uitspraak.GEGROND, 13, Uitspraak.DEELS_GEGROND, 10,
                Uitspraak.ONGEGROND, 32, Uitspraak.GEEN_OORDEEL, 3);
        List<Gespreksuitkomst> uitkomsten = verdeling(Gespreksuitkomst.OPGELOST, 70, Gespreksuitkomst.DEELS, 35,
                Gespreksuitkomst.NIET_OPGELOST, 18);
        return new Kenmerken(maatregelen, aarden, soorten, steun, andereJb, uitspraken.iterator(), uitkomsten);
    }

    private Klacht klacht(int i, Persoon klager, Kenmerken kenmerken) {
        Klacht k = new Klacht();
        k.dossier = dossiers.get(i % dossiers.size());
        k.klager = klager;
        k.indiener = k.klager;
        k.klagerSoort = kenmerken.soorten().get(i);
        k.maatregel = kenmerken.maatregelen().get(i);
        k.aard = kenmerken.aarden().get(i);
        k.ondersteuning = kenmerken.steun().get(i);
        k.tekst = "Klacht uit de demo van de jaarcijfers.";
        // The first complaints stay open, late on purpose: the leidinggevende sees what is overdue.
        k.ingediend = vandaag.minusDays(i == 0 ? 40 : i == 1 ? 200 : 60 + toeval.nextInt(300));
        k.ingediendOp = k.ingediend.atStartOfDay(Tijdzone.NEDERLAND).toInstant();
        k.andereJeugdbeschermer = kenmerken.andereJb().get(i);
        if (k.andereJeugdbeschermer && i >= 2) {
            boolean ja = toeval.nextBoolean();
            k.andereJbBesluit = ja ? Wisselbesluit.TOEGEWEZEN : Wisselbesluit.AFGEWEZEN;
            k.andereJbMotivatie = ja ? "Het vertrouwen is weg. Een collega neemt het over."
                    : "De jeugdbeschermer blijft. We maken wel nieuwe afspraken over bellen.";
        }
        return k;
    }

    /** The parts of the complaint; one that went to the KJMN takes its rulings from {@code uitspraken}. */
    private static void onderdelen(Klacht k, int delen, Iterator<Uitspraak> uitspraken) {
        for (int d = 1; d <= delen; d++) {
            Klachtonderdeel o = new Klachtonderdeel();
            o.klacht = k;
            o.volgnummer = d;
            o.tekst = "Punt " + d + " van de klacht.";
            if (uitspraken != null) {
                o.uitspraak = uitspraken.next();
            }
            k.onderdelen.add(o);
        }
    }

    /** The conversation of step 2; without an outcome (the first complaint) it has no verslag yet. */
    private Klachtgesprek gesprek(Klacht k, Gespreksuitkomst uitkomst) {
        Klachtgesprek g = new Klachtgesprek();
        g.klacht = k;
        g.stap = 2;
        g.uitgenodigdOp = k.ingediend.plusDays(3);
        g.datum = k.ingediend.plusDays(10 + toeval.nextInt(10));
        g.deelnemers = "Klager, leidinggevende, jeugdbeschermer en een notulist";
        if (uitkomst != null) {
            // Seed 002 §1.5: the two weeks were often missed; about a third of the verslagen is late here.
            g.verslagOp = g.datum.plusDays(toeval.nextInt(3) == 0 ? 15 + toeval.nextInt(14) : 5 + toeval.nextInt(9));
            g.verslag = "Verslag van het klachtgesprek.";
            g.uitkomst = uitkomst;
        }
        k.gesprekken.add(g);
        return g;
    }

    /** The KJMN's steps; the newest ruling ({@code wachtOpReactie}) still waits for the GI's reaction. */
    private void naarKjmn(Klacht k, Klachtgesprek g, boolean wachtOpReactie) {
        k.kjmnIngediend = g.verslagOp.plusDays(3);
        k.kjmnOntvangen = k.kjmnIngediend.plusDays(5);
        k.kjmnCompleet = k.kjmnIngediend.plusDays(12);
        k.hoorzitting = k.kjmnIngediend.plusWeeks(6);
        k.uitspraakOp = wachtOpReactie ? vandaag.minusMonths(1).minusDays(5) : k.hoorzitting.plusWeeks(3);
        if (!wachtOpReactie) {
            k.onderdelen.stream().filter(o -> o.uitspraak.vraagtMaatregel()).forEach(o -> {
                o.overgenomen = true;
                o.maatregel = "We bespreken dit in het team en passen de werkwijze aan.";
            });
            k.reactieOp = k.uitspraakOp.plusDays(20);
            k.reactieTekst = "De GI neemt de uitspraak over.";
        }
    }

    /** The values with their counts, shuffled with the fixed seed: value, count, value, count, ... */
    @SuppressWarnings("unchecked")
    private <T> List<T> verdeling(Object... paren) {
        List<T> lijst = new ArrayList<>();
        for (int i = 0; i < paren.length; i += 2) {
            lijst.addAll(Collections.nCopies((Integer) paren[i + 1], (T) paren[i]));
        }
        Collections.shuffle(lijst, toeval);
        return lijst;
    }
}
