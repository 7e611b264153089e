package nl.jeugdportaal.inzage;

import java.time.LocalDate;
import java.util.List;

/** One page of a dossier as one viewer may see it. */
public record Dossierweergave(
        Long kindId,
        String kindNaam,
        boolean jeVorm,
        String namensNaam,
        Long namensId,
        List<Regel> regels,
        int pagina,
        int paginas,
        long totaal,
        Filter filter,
        boolean verzoekenMogelijk,
        List<Vernietiging> vernietigd) {

    /** A line on the page: a stuk the viewer may read, or the notice that one exists. */
    public record Regel(
            Long stukId,
            LocalDate datum,
            boolean zichtbaar,
            String soort,
            String auteur,
            String titel,
            List<String> alineas,
            String reden,
            String nodig,
            String volgendeStap,
            List<Verklaring> eigenVerklaringen,
            List<Deel> delen) {
    }

    /**
     * A passage of a stuk the viewer sees only in part (DOMAIN §2 rule 10): its text, or, withheld,
     * the reason why.
     */
    public record Deel(boolean zichtbaar, List<String> alineas, String reden) {
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
