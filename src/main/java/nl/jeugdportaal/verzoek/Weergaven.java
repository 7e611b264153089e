package nl.jeugdportaal.verzoek;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.verzoek.regels.Toets;
import nl.jeugdportaal.verzoek.regels.Verzoeksoort;

/** What the request pages and the JSON API show: plain values, no entities, so nothing loads lazily in a template. */
public final class Weergaven {
    private Weergaven() {
    }

    /** Who fills in a form, about which dossier; {@code namensId} keeps a vertrouwenspersoon on the same client. */
    public record Context(Long kindId, String kindNaam, boolean jeVorm, String namensNaam, Long namensId) {
        public String namensParameter() {
            return namensId == null ? "" : "&namens=" + namensId;
        }
    }

    public record Keuze(Verzoeksoort soort, String pad, Toets toets) {
    }

    public record StukKeuze(Long id, LocalDate datum, String titel) {
    }

    /** A stuk named only by its date and soort, as a refusal may name it (DOMAIN §2 rule 9). */
    public record Aanwijzing(Long id, LocalDate datum, String soort) {
        /** "12 maart 2026: Gespreksverslag", as a sentence names it. */
        static String tekst(Aanwijzing a, nl.jeugdportaal.web.Taal taal) {
            return taal.datum(a.datum()) + ": " + a.soort();
        }
    }

    /**
     * A form for one kind of request: the rule's answer, the stukken to choose from, and what was
     * typed. {@code zwartTeLakken}: the stuk a zwartgelakte kopie is asked for; null for other kinds.
     */
    public record Formulier(Context context, Verzoeksoort soort, Toets toets, List<StukKeuze> stukken,
            Aanwijzing zwartTeLakken, String uitzonderingen, Invoer invoer, Map<String, String> fouten) {
        public String pad() {
            return soort.name().toLowerCase();
        }

        public boolean gekozen(Long stukId) {
            return invoer.stukIds().contains(stukId) || stukId.equals(invoer.stukId());
        }
    }

    /** What the person typed, kept as typed so a form with an error shows it again. */
    public record Invoer(boolean alleStukken, List<Long> stukIds, Long stukId, String zin, String watFout,
            String watMoetHetZijn, String toelichting, boolean gelezen) {
        public static final Invoer LEEG = new Invoer(true, List.of(), null, "", "", "", "", false);
    }

    public record Regel(Long id, String soort, String kindNaam, String aanvrager, String indiener, String status,
            LocalDate ontvangen, LocalDate uiterlijk, String stand, boolean teLaat, boolean bijna, String link) {
    }

    public record Overzicht(String kop, boolean medewerker, boolean jeVorm, List<Regel> regels, long bijnaTeLaat,
            long teLaat) {
    }

    public record Wijziging(String door, LocalDate datum, String reden, String oudeTekst, String nieuweTekst) {
    }

    /** One request as the person looking at it may see it, with what they can do next. */
    public record Detail(Long id, Verzoeksoort soort, String soortLabel, String kindNaam, Long kindId, boolean jeVorm,
            String aanvrager, String indiener, String namensParameter, String status, LocalDate ontvangen,
            LocalDate uiterlijk, LocalDate verlengdTot, String verlengingReden, String stand, boolean teLaat,
            String stukTitel, Long stukId, String stukTekst, boolean alleStukken, List<String> gekozenStukken,
            String zin, String watFout, String watMoetHetZijn, String toelichting, LocalDate besluitOp,
            String besluitDoor, String motivatie, String naAfwijzing, LocalDate rechterUiterlijk,
            boolean kopieTeDownloaden, boolean eigenVerklaringMogelijk, boolean behandelaar, boolean magVerlengen,
            List<Wijziging> wijzigingen, List<StukKeuze> besluitStukken, String deelsReden, int weggelaten,
            long vernietigd, LocalDate stukVernietigdOp, Splitsing splitsing) {

        /** The namens parameter as the start of a query string, for links without other parameters. */
        public String namensQuery() {
            return namensParameter.isEmpty() ? "" : "?" + namensParameter.substring(1);
        }
    }

    /**
     * What the jeugdbeschermer filled in on the decision form, kept as typed so a form with an error
     * shows it again. {@code stukken}: the ticked stukken (left out of a kopie, or destroyed).
     */
    public record Besluitinvoer(String besluit, String motivatie, String nieuweTekst, List<Long> stukken,
            String deelsReden) {
        public static final Besluitinvoer LEEG = new Besluitinvoer("", "", null, List.of(), "");

        public boolean gekozen(Long stukId) {
            return stukken.contains(stukId);
        }
    }

    /**
     * The form on which the jeugdbeschermer answers a zwartgelakte kopie by splitting the stuk into
     * delen (DOMAIN §2 rule 10): the persons of the stuk, and the passages with whom each is about,
     * as proposed or as typed.
     */
    public record Splitsing(String titel, List<Persoonkeuze> personen, List<Deelrij> delen, String motivatie) {
    }

    public record Persoonkeuze(Long id, String naam) {
    }

    /** {@code nr} counts from 1, as the form shows it. */
    public record Deelrij(int nr, String tekst, List<Long> over) {
        public boolean gaatOver(Long persoon) {
            return over.contains(persoon);
        }

        /** The key of this passage's error. */
        public String veld() {
            return "deel-" + nr;
        }
    }

    public record Verklaringformulier(Context context, StukKeuze stuk, Long verzoekId, String tekst, String fout) {
    }

    /** {@code taal}: the language code of the text, which is Dutch for messages from before English. */
    public record Bericht(boolean nieuw, String onderwerp, String tekst, String taal, LocalDate datum, String link) {
    }

    public record Mail(String aan, String onderwerp, String tekst) {
    }
}
