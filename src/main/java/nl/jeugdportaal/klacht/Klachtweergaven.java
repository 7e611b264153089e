package nl.jeugdportaal.klacht;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.klacht.formulier.Indienformulier;
import nl.jeugdportaal.klacht.regels.*;
import nl.jeugdportaal.rechten.Beschikkingen.Beschikking;

/** What the complaint pages and the JSON API show: plain values, no entities. */
public final class Klachtweergaven {
    private Klachtweergaven() {
    }

    public record Formulier(Long kindId, String kindNaam, boolean jeVorm, boolean klagerKiezen, String namensNaam,
            Long namensId, Indienrecht recht, String reden, List<Keuze> routes, List<Keuze> aarden,
            List<Keuze> ondersteuningen, List<Keuze> klagers, Indienformulier invoer, Map<String, String> fouten,
            List<Beschikking> beschikkingen) {
    }

    /** One option of a radio group, with its B1 explanation where it needs one. */
    public record Keuze(String waarde, String label, String uitleg) {
    }

    /**
     * One step on the timeline: who acts, by when, and whether it is done or late. An agreement's
     * step also holds the agreement as typed, so the page can mark it as Dutch; the JSON has it in
     * the title only.
     */
    public record Stap(String titel, String wie, LocalDate datum, LocalDate uiterlijk, boolean gedaan, String stand,
            boolean teLaat, @JsonIgnore String afspraak) {
        Stap metAfspraak(String wat) {
            return new Stap(titel, wie, datum, uiterlijk, gedaan, stand, teLaat, wat);
        }
    }

    /** One complaint in the list; {@code afspraak} as in {@link Stap}, for the next step. */
    public record Regel(Long id, String kindNaam, String klager, String route, LocalDate ingediend, String volgende,
            String wie, LocalDate uiterlijk, boolean teLaat, String link, @JsonIgnore String afspraak) {
    }

    public record Overzicht(String kop, boolean medewerker, boolean jeVorm, List<Regel> klachten, long teLaat,
            boolean magLeren) {
    }

    public record Onderdeel(int nummer, String tekst, Uitspraak uitspraak, Boolean overgenomen, String maatregel) {
    }

    public record Afspraak(Long id, String wat, String eigenaar, LocalDate uiterlijk, LocalDate gedaanOp, boolean teLaat) {
    }

    public record Gesprek(int stap, LocalDate uitgenodigdOp, LocalDate datum, String deelnemers, String verslag,
            LocalDate verslagOp, LocalDate verslagUiterlijk, boolean verslagTeLaat, Boolean klopt, String reactie,
            String gecorrigeerdVerslag, String uitkomst, String volgendeStap, List<Afspraak> afspraken) {
    }

    /** {@code kjmnTeSturen}: today, when the klager still has to send the complaint to the KJMN; else null. */
    public record Detail(Long id, String kindNaam, boolean jeVorm, String klager, String indiener, String namensQuery,
            Long namensId,
            String tekst, String route, String aard, String ondersteuning, LocalDate ingediend, LocalDate afgerond,
            boolean andereJeugdbeschermer, String andereJbBesluit, String andereJbMotivatie, List<Onderdeel> onderdelen,
            List<Gesprek> gesprekken, List<Stap> tijdlijn, Stap volgende, boolean kjmn, LocalDate hoorzitting,
            String reactieTekst, boolean klant, boolean behandelaar, Route verderNaar, Integer reactieOpStap,
            Integer nieuwGesprekStap, boolean magUitspraak, boolean magReactie, List<Beschikking> beschikkingen,
            LocalDate kjmnTeSturen) {
    }

    /** One table of the yearly figures (seed 002 §1), with the chart's bars. */
    public record Tabel(String id, String titel, List<Rij> rijen, long totaal) {
    }

    public record Rij(String label, long aantal) {
    }

    public record Cijfers(LocalDate van, LocalDate tot, long klachten, long andereJeugdbeschermer, long verslagen,
            long verslagenOpTijd, List<Tabel> tabellen, Staafgrafiek grafiek) {
    }
}
