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
        Filter filter) {

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
            String volgendeStap) {
    }

    public record Filter(StukSoort soort, LocalDate van, LocalDate tot) {
        public static final Filter GEEN = new Filter(null, null, null);
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
