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
 * "stuk-{id}") and the stukken not shown, counted per reason (DOMAIN §2 rule 9), each line with the
 * dates of the stukken it may name.
 */
public record Dossierpagina(String html, List<Long> zichtbaar, List<Verborgen> verborgen, long totaal, int pagina,
        int paginas) {

    /** One line for the stukken hidden for one reason: how many, why, and the dates it names. */
    public record Verborgen(long aantal, String reden, String tekst, List<String> datums) {
    }

    /** How many stukken of this page are hidden. */
    public long aantalVerborgen() {
        return verborgen.stream().mapToLong(Verborgen::aantal).sum();
    }

    private static final Pattern LIJST = Pattern.compile("(?s)<ol class=\"stukken\">(.*?)</ol>");
    private static final Pattern REGEL = Pattern.compile("(?s)<li>(.*?)</li>");
    private static final Pattern ZICHTBAAR = Pattern.compile("aria-labelledby=\"stuk-(\\d+)\"");
    private static final Pattern VERBORGEN = Pattern.compile("(?s)<li class=\"stuk verborgen\">(.*?)</li>\\s*(?=<li class=\"stuk verborgen\">|</ul>\\s*</section>)");
    private static final Pattern AANTAL = Pattern.compile("(?s)<p><strong>(?:1 stuk|(\\d+) stukken) (?:kunt u|kun je) niet zien\\.</strong>(.*?)</p>");
    private static final Pattern DATUM = Pattern.compile("(?s)<li>(\\d+ \\p{L}+ \\d{4}) · ");
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
            }
        }
        var groepen = VERBORGEN.matcher(html);
        while (groepen.find()) {
            String groep = groepen.group(1);
            var aantal = AANTAL.matcher(groep);
            if (!aantal.find()) {
                throw new AssertionError("a hidden line without its count: " + groep);
            }
            List<String> datums = new ArrayList<>();
            var datum = DATUM.matcher(groep);
            while (datum.find()) {
                datums.add(datum.group(1));
            }
            verborgen.add(new Verborgen(aantal.group(1) == null ? 1 : Long.parseLong(aantal.group(1)),
                    Html.tekst(aantal.group(2)).strip(), Html.tekst(groep), datums));
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

        public long aantalVerborgen() {
            return paginas.stream().mapToLong(Dossierpagina::aantalVerborgen).sum();
        }

        public long totaal() {
            return paginas.get(0).totaal();
        }
    }
}
