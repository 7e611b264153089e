package nl.jeugdportaal.klacht.formulier;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.klacht.regels.Gespreksuitkomst;
import nl.jeugdportaal.klacht.regels.JaNee;
import nl.jeugdportaal.klacht.regels.Keuzelijst;
import nl.jeugdportaal.klacht.regels.Mijlpaal;
import nl.jeugdportaal.klacht.regels.Uitspraak;
import nl.jeugdportaal.klacht.regels.Wisselbesluit;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The staff forms on a complaint, one for each step they register. {@code stap} names the
 * klachtgesprek (1 or 2) a form is about; the fields per klachtonderdeel come as lists, in the order
 * of the parts.
 */
public final class Behandelformulieren {
    private Behandelformulieren() {
    }

    public record Gesprek(@RestForm @Datum String uitgenodigdOp, @RestForm @Datum String datum,
            @RestForm @Vrijetekst String deelnemers) {
        public LocalDate uitnodigingsdag() {
            return Datum.Controle.lees(uitgenodigdOp);
        }

        public LocalDate gespreksdag() {
            return Datum.Controle.lees(datum);
        }
    }

    public record Verslag(@RestForm String stap, @RestForm @Vrijetekst String verslag) {
        public int stapnummer() {
            return Behandelformulieren.stapnummer(stap);
        }
    }

    public record Afspraak(@RestForm String stap, @RestForm @Vrijetekst String wat, @RestForm @Naam String eigenaar,
            @RestForm @Datum String uiterlijk) {
        public int stapnummer() {
            return Behandelformulieren.stapnummer(stap);
        }

        public LocalDate klaarOp() {
            return Datum.Controle.lees(uiterlijk);
        }
    }

    /** {@code afspraak}: the id of the open agreement that was done. */
    public record AfspraakGedaan(@RestForm String afspraak) {
    }

    /** What came of a gesprek; unless it solved the complaint, what happens next. */
    public record Uitkomst(@RestForm String stap,
            @RestForm @Keuze(value = Gespreksuitkomst.class, fout = Keuzefout.UITKOMST) String uitkomst,
            @RestForm @Vrijetekst(verplicht = false) String volgendeStap) {
        public int stapnummer() {
            return Behandelformulieren.stapnummer(stap);
        }

        public Gespreksuitkomst gekozen() {
            return Keuzelijst.lees(Gespreksuitkomst.class, uitkomst);
        }

        public boolean volgendeStapOntbreekt() {
            return gekozen() != null && gekozen() != Gespreksuitkomst.OPGELOST
                    && (volgendeStap == null || volgendeStap.isBlank());
        }
    }

    public record AndereJeugdbeschermer(
            @RestForm @Keuze(value = Wisselbesluit.class, fout = Keuzefout.WISSELBESLUIT) String besluit,
            @RestForm @Vrijetekst String motivatie) {
        public Wisselbesluit gekozen() {
            return Keuzelijst.lees(Wisselbesluit.class, besluit);
        }
    }

    /** A KJMN milestone and the day the KJMN reported it. */
    public record Kjmn(@RestForm @Keuze(value = Mijlpaal.class, fout = Keuzefout.MIJLPAAL) String mijlpaal,
            @RestForm @Datum String datum) {
        public Mijlpaal gekozen() {
            return Keuzelijst.lees(Mijlpaal.class, mijlpaal);
        }

        public LocalDate dag() {
            return Datum.Controle.lees(datum);
        }
    }

    /** The KJMN's ruling: its date, and one choice per klachtonderdeel. */
    public record Uitspraken(@RestForm @Datum String datum,
            @RestForm List<@Keuze(value = Uitspraak.class, fout = Keuzefout.UITSPRAAK) String> uitspraak) {
        public LocalDate dag() {
            return Datum.Controle.lees(datum);
        }

        /** The ruling on part {@code nummer} (from 1), or null when the form has none. */
        public Uitspraak over(int nummer) {
            return Keuzelijst.lees(Uitspraak.class, deel(uitspraak, nummer));
        }
    }

    /** The GI's reaction to the ruling: per part whether it takes it over and what follows, and a text for the klager. */
    public record Reactie(@RestForm List<String> overgenomen,
            @RestForm List<@Vrijetekst(verplicht = false) String> maatregel, @RestForm @Vrijetekst String reactie) {
        /** Yes, no, or null when nothing (or something else) was chosen for part {@code nummer}. */
        public Boolean overgenomen(int nummer) {
            JaNee keuze = Keuzelijst.lees(JaNee.class, deel(overgenomen, nummer));
            return keuze == null ? null : keuze.ja();
        }

        public String maatregel(int nummer) {
            return Tekstcontrole.opgeschoond(deel(maatregel, nummer));
        }
    }

    private static int stapnummer(String stap) {
        return "2".equals(stap) ? 2 : 1;
    }

    private static String deel(List<String> waarden, int nummer) {
        return waarden != null && nummer <= waarden.size() ? waarden.get(nummer - 1) : null;
    }
}
