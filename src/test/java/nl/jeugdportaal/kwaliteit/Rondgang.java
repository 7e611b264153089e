package nl.jeugdportaal.kwaliteit;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdportaal.testsupport.Inlogsessie;

/**
 * Walks the portal as one logged-in person, without a browser: from the start page, the menu and
 * every link on the way, one page per route. The security and bad-input tests find the pages and
 * forms this way, so a new page or form is covered without editing a list.
 */
public final class Rondgang {
    private static final int MAX_PAGINAS = 60;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)");
    private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern VELD = Pattern.compile("(?s)<(input|textarea|select)\\b([^>]*)>");

    /** A form as the page shows it: where it goes and its fields with the values the page put in. */
    public record Formulier(String pagina, String actie, Map<String, String> velden, List<String> tekstvelden) {
    }

    private Rondgang() {
    }

    /** Every page this person reaches, keyed by its route (ids replaced), with the answer. */
    public static Map<String, HttpResponse<String>> paginas(Inlogsessie sessie) {
        Map<String, HttpResponse<String>> bezocht = new LinkedHashMap<>();
        Deque<String> teBezoeken = new ArrayDeque<>(List.of("/start", "/begrippen", "/toestemming", "/machtiging",
                "/verzoeken", "/berichten", "/inzagelog"));
        while (!teBezoeken.isEmpty() && bezocht.size() < MAX_PAGINAS) {
            String pad = teBezoeken.poll();
            String vorm = ToegankelijkheidBrowserTest.vorm("http://x" + pad);
            if (bezocht.containsKey(vorm)) {
                continue;
            }
            HttpResponse<String> antwoord = sessie.open(pad);
            bezocht.put(vorm, antwoord);
            Matcher m = LINK.matcher(antwoord.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (!link.startsWith("/uitloggen") && !link.startsWith("/taal/") && !link.contains(".pdf") && !link.startsWith("/css/")) {
                    teBezoeken.add(link.startsWith("?") ? URI.create(pad).getPath() + link : link);
                }
            }
        }
        return bezocht;
    }

    /** The POST forms on these pages, one per action route. */
    public static List<Formulier> formulieren(Map<String, HttpResponse<String>> paginas) {
        Map<String, Formulier> perActie = new LinkedHashMap<>();
        paginas.values().forEach(pagina -> {
            Matcher f = FORM.matcher(pagina.body());
            while (f.find()) {
                String kop = f.group(1);
                if (!kop.contains("method=\"post\"")) {
                    continue;
                }
                String actie = attribuut(kop, "action").replace("&amp;", "&");
                Map<String, String> velden = new LinkedHashMap<>();
                List<String> tekstvelden = new ArrayList<>();
                Matcher v = VELD.matcher(f.group(2));
                while (v.find()) {
                    String naam = attribuut(v.group(2), "name");
                    String type = attribuut(v.group(2), "type");
                    if (naam.isEmpty() || naam.equals(Inlogsessie.CSRF_VELD)) {
                        continue;
                    }
                    boolean keuze = type.equals("radio") || type.equals("checkbox");
                    if (type.equals("hidden") || keuze && v.group(2).contains(" checked")) {
                        velden.put(naam, attribuut(v.group(2), "value"));
                    } else if (!keuze) {
                        velden.putIfAbsent(naam, "");
                        if (!v.group(1).equals("select")) {
                            tekstvelden.add(naam);
                        }
                    }
                }
                perActie.putIfAbsent(ToegankelijkheidBrowserTest.vorm("http://x" + actie),
                        new Formulier(pagina.uri().toString(), actie, velden, tekstvelden));
            }
        });
        return new ArrayList<>(perActie.values());
    }

    private static String attribuut(String tag, String naam) {
        Matcher m = Pattern.compile("\\b" + naam + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : "";
    }
}
