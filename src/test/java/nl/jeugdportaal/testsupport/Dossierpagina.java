package nl.jeugdportaal.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One page of /dossier/{kindId} as a reader sees it: the stukken shown (each an article labelled
 * "stuk-{id}") and, for every stuk not shown, its line with the date and the reason.
 */
public record Dossierpagina(String html, List<Long> zichtbaar, List<Verborgen> verborgen, long totaal, int pagina,
        int paginas) {

    /** The line for a stuk the viewer may not see: when it is from, and why it is hidden. */
    public record Verborgen(String datum, String reden, String tekst) {
    }

    private static final Pattern LIJST = Pattern.compile("(?s)<ol class=\"stukken\">(.*?)</ol>");
    private static final Pattern REGEL = Pattern.compile("(?s)<li>(.*?)</li>");
    private static final Pattern ZICHTBAAR = Pattern.compile("aria-labelledby=\"stuk-(\\d+)\"");
    private static final Pattern VERBORGEN_DATUM = Pattern.compile("(?s)<h2>\\s*Stuk van (.*?)</h2>");
    private static final Pattern EERSTE_ALINEA = Pattern.compile("(?s)</h2>\\s*<p>(.*?)</p>");
    private static final Pattern NIET_ZIEN = Pattern.compile("^Dit stuk (?:kunt u|kun je) niet zien\\.\\s*");
    private static final Pattern TOTAAL = Pattern.compile("(\\d+) stukken gevonden\\.");
    private static final Pattern PAGINA = Pattern.compile("Pagina (\\d+) van (\\d+)\\.");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** A date written as the page writes it: "3 februari 2026". */
    public static String lang(LocalDate datum) {
        return LANG.format(datum);
    }

    public static Dossierpagina lees(String html) {
        List<Long> zichtbaar = new ArrayList<>();
        List<Verborgen> verborgen = new ArrayList<>();
        String lijst = Html.eerste(LIJST, html);
        for (String regel : lijst == null ? List.<String>of() : Html.alle(REGEL, lijst)) {
            String id = Html.eerste(ZICHTBAAR, regel);
            if (id != null) {
                zichtbaar.add(Long.valueOf(id));
            } else {
                String datum = Html.eerste(VERBORGEN_DATUM, regel);
                String alinea = Html.eerste(EERSTE_ALINEA, regel);
                String reden = alinea == null ? "" : NIET_ZIEN.matcher(Html.tekst(alinea)).replaceFirst("");
                verborgen.add(new Verborgen(datum == null ? "" : Html.tekst(datum), reden, Html.tekst(regel)));
            }
        }
        String totaal = Html.eerste(TOTAAL, html);
        var pagina = PAGINA.matcher(html);
        boolean meer = pagina.find();
        return new Dossierpagina(html, zichtbaar, verborgen, totaal == null ? -1 : Long.parseLong(totaal),
                meer ? Integer.parseInt(pagina.group(1)) : 1, meer ? Integer.parseInt(pagina.group(2)) : 1);
    }

    /** Opens one page; fails unless the portal answers 200. */
    public static Dossierpagina open(Inlogsessie sessie, String pad) {
        HttpResponse<String> antwoord = sessie.open(pad);
        assertEquals(200, antwoord.statusCode(), () -> pad + " gaf " + antwoord.statusCode() + ":\n" + antwoord.body());
        return lees(antwoord.body());
    }

    /**
     * Every page of the dossier of {@code kindId}, following the page count the first page states.
     *
     * @param query extra parameters such as "namens=12&soort=BRIEF", or ""
     */
    public static Dossierinhoud alle(Inlogsessie sessie, Long kindId, String query) {
        String basis = "/dossier/" + kindId + "?" + (query.isEmpty() ? "" : query + "&") + "pagina=";
        List<Dossierpagina> paginas = new ArrayList<>();
        paginas.add(open(sessie, basis + 1));
        for (int p = 2; p <= paginas.get(0).paginas(); p++) {
            paginas.add(open(sessie, basis + p));
        }
        return new Dossierinhoud(paginas);
    }

    /** All pages of one dossier together. */
    public record Dossierinhoud(List<Dossierpagina> paginas) {
        public List<Long> zichtbaar() {
            return paginas.stream().flatMap(p -> p.zichtbaar().stream()).toList();
        }

        public List<Verborgen> verborgen() {
            return paginas.stream().flatMap(p -> p.verborgen().stream()).toList();
        }

        public long totaal() {
            return paginas.get(0).totaal();
        }
    }
}
