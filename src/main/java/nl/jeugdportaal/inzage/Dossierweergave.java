package nl.jeugdportaal.inzage;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdportaal.registratie.StukSoort;

/** One page of a dossier as one viewer may see it. */
public record Dossierweergave(
        Long kindId,
        String kindNaam,
        boolean jeVorm,
        String namensNaam,
        Long namensId,
        List<Regel> regels,
        List<Verborgen> verborgen,
        int pagina,
        int paginas,
        long totaal,
        Filter filter,
        boolean verzoekenMogelijk,
        List<Vernietiging> vernietigd) {

    /**
     * A stuk the viewer may read, whole or, for a stuk with delen, in part: then {@code nodig} and
     * {@code volgendeStap} say what would open the rest.
     */
    public record Regel(
            Long stukId,
            LocalDate datum,
            String soort,
            String auteur,
            String titel,
            List<String> alineas,
            String reden,
            String nodig,
            String volgendeStap,
            List<Verklaring> eigenVerklaringen,
            List<Deel> delen,
            /** The GI sent the original document; offered only with the whole stuk. */
            boolean origineel) {
    }

    /**
     * A passage of a stuk the viewer sees only in part (DOMAIN §2 rule 10): its text, or, withheld,
     * the reason why.
     */
    public record Deel(boolean zichtbaar, List<String> alineas, String reden) {
    }

    /**
     * The stukken of this page the viewer may not see, counted per reason (DOMAIN §2 rule 9): one line
     * with one "why" and one "how to ask", not a box per stuk. {@code stukken} lists date and soort
     * only where the viewer may see the child's data and the stuk is closed because of someone else,
     * so they can ask for it; never a title, author or other subjects.
     */
    public record Verborgen(long aantal, String reden, String nodig, String volgendeStap, boolean informatieVragen,
            List<Aanwijzing> stukken) {
    }

    /**
     * A stuk named only by its date and soort. {@code zwartTeLakken}: the stuk's id when the viewer
     * can ask for a kopie of it with the other persons' parts blacked out (DOMAIN §2 rule 10), else null.
     */
    public record Aanwijzing(LocalDate datum, String soort, Long zwartTeLakken) {
    }

    /** A client's own words about a stuk; {@code doorNaam} names a vertrouwenspersoon who wrote it down for them. */
    public record Verklaring(String naam, LocalDate datum, List<String> alineas, String doorNaam) {
    }

    /** Stukken destroyed on one day after a granted vernietiging: only how many, never what they said. */
    public record Vernietiging(LocalDate datum, long aantal) {
    }

    public record Filter(StukSoort soort, LocalDate van, LocalDate tot) {
        public static final Filter GEEN = new Filter(null, null, null);
    }

    /** The query string that keeps a vertrouwenspersoon working namens the same client on the request pages. */
    public String namensParameter() {
        return namensId == null ? "" : "&namens=" + namensId;
    }

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < paginas;
    }

    public int vorige() {
        return pagina - 1;
    }

    public int volgende() {
        return pagina + 1;
    }
}
