package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdportaal.registratie.Persoon;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page each role can reach passes axe-core (WCAG 2.1 A and AA). The pages are not listed by
 * hand: the test follows the links from the start page and the menu, so a new page is checked as
 * soon as something links to it. Pages that differ only in their ids count as one page per role.
 */
@QuarkusTest
class ToegankelijkheidBrowserTest {
    /** Enough for every route of one role; stops a link loop (pagination) from running forever. */
    private static final int MAX_PAGINAS = 40;

    @Test
    void openbarePaginasEnDe404() {
        try (Browser browser = new Browser()) {
            List<String> fouten = new ArrayList<>();
            for (String taal : List.of("nl", "en")) {
                browser.open(Portaal.URL + "/taal/" + taal + "?terug=/");
                for (String pad : List.of("/", "/uitgelogd", "/sessie-verlopen", "/inloggen-mislukt", "/toegankelijkheid",
                        "/bestaat-niet")) {
                    browser.open(Portaal.URL + pad);
                    controleer(browser, fouten);
                }
            }
            assertTrue(fouten.isEmpty(), String.join("\n", fouten));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sanne", "mark", "daan", "karim", "willem", "femke", "joost", "karin", "peter"})
    void elkePaginaVanElkeRol(String gebruiker) {
        try (Browser browser = new Browser()) {
            logIn(browser, gebruiker);
            rondgang(browser, gebruiker, "nl");
        }
    }

    /** English pages have other words, so other lengths, contrasts and labels: they are checked too. */
    @ParameterizedTest
    @ValueSource(strings = {"sanne", "daan", "femke", "joost", "karin"})
    void elkePaginaInHetEngels(String gebruiker) {
        try (Browser browser = new Browser()) {
            logIn(browser, gebruiker);
            browser.open(Portaal.URL + "/taal/en?terug=/start");
            rondgang(browser, gebruiker, "en");
        }
    }

    private static void rondgang(Browser browser, String gebruiker, String taal) {
        rondgang(browser, gebruiker, taal, (b, fouten) -> { });
    }

    /** The walk over every page a person can reach; {@code ookNog} adds a check of its own on each page. */
    static void rondgang(Browser browser, String gebruiker, String taal,
            java.util.function.BiConsumer<Browser, List<String>> ookNog) {
        Map<String, String> bezocht = new LinkedHashMap<>();
        Deque<String> teBezoeken = new ArrayDeque<>(List.of(Portaal.URL + "/start", Portaal.URL + "/begrippen"));
        List<String> fouten = new ArrayList<>();
        while (!teBezoeken.isEmpty() && bezocht.size() < MAX_PAGINAS) {
            String url = teBezoeken.poll();
            if (bezocht.putIfAbsent(vorm(url), url) != null) {
                continue;
            }
            browser.open(url);
            String lang = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
            if (!taal.equals(lang)) {
                fouten.add(url + ": de pagina is in taal '" + lang + "', niet '" + taal + "'");
            }
            controleer(browser, fouten);
            ookNog.accept(browser, fouten);
            for (String link : links(browser)) {
                if (!bezocht.containsKey(vorm(link))) {
                    teBezoeken.add(link);
                }
            }
        }
        assertTrue(bezocht.size() >= 3, "te weinig pagina's gevonden: " + bezocht.values());
        if (gebruiker.equals("femke")) {
            assertTrue(bezocht.keySet().stream().anyMatch(v -> v.contains("namens")), "geen namens-pagina: " + bezocht);
        }
        assertTrue(fouten.isEmpty(), gebruiker + " (" + taal + "), bezocht " + bezocht.values() + ":\n"
                + String.join("\n", fouten));
    }

    /** A form that comes back with its messages must be as accessible as the empty form. */
    @Test
    void formulierenMetFoutmeldingen() {
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        try (Browser browser = new Browser()) {
            logIn(browser, "sanne");
            List<String> fouten = new ArrayList<>();
            // Every form sent empty: the selects start at "Kies ...", so nothing is saved.
            Map<String, String> formulieren = Map.of(
                    "/toestemming", "form[action='/toestemming'] button[type=submit]",
                    "/machtiging", "form[action='/machtiging'] button[type=submit]",
                    "/verzoeken/nieuw/correctie?kind=" + noor, "form.formulier button[type=submit]");
            formulieren.forEach((pad, knop) -> {
                browser.open(Portaal.URL + pad);
                browser.driver.findElement(By.cssSelector(knop)).click();
                browser.wacht.until(d -> !d.findElements(By.cssSelector("[aria-invalid=true]")).isEmpty());
                controleer(browser, fouten);
            });
            assertTrue(fouten.isEmpty(), String.join("\n", fouten));
        }
    }

    @Test
    void overslaanlinkIsDeEersteTabEnZetDeFocusOpDeInhoud() {
        try (Browser browser = new Browser()) {
            logIn(browser, "sanne");
            // The session cookie is out of reach for scripts and not sent along by other sites' forms.
            org.openqa.selenium.Cookie sessie = browser.driver.manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).findFirst().orElse(null);
            assertTrue(sessie != null && sessie.isHttpOnly(), "sessiecookie: " + sessie);
            assertEquals("Lax", sessie.getSameSite());
            // The quick exit comes first (issue 15), the skip link right after it.
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            assertEquals("snel-weg", browser.driver.switchTo().activeElement().getAttribute("id"));
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement eerste = browser.driver.switchTo().activeElement();
            assertEquals("Naar de inhoud", eerste.getText());
            assertTrue(focusZichtbaar(browser), "de overslaanlink toont niet dat hij de focus heeft");
            eerste.sendKeys(Keys.ENTER);
            assertEquals("inhoud", browser.driver.switchTo().activeElement().getAttribute("id"));
        }
    }

    @Test
    void elkeLinkEnKnopIsMetTabTeBereikenEnToontDeFocus() {
        long noor = Persoon.<Persoon>find("voornaam", "Noor").singleResult().id;
        try (Browser browser = new Browser()) {
            logIn(browser, "sanne");
            for (String pad : List.of("/start", "/dossier/" + noor)) {
                browser.open(Portaal.URL + pad);
                JavascriptExecutor js = (JavascriptExecutor) browser.driver;
                // Number every visible control, so the tab walk can tell which ones it reached. What a closed
                // <details> holds (a glossary link in "Waarom zie ik dit?") has boxes in Chromium, yet is not shown.
                long aantal = (Long) js.executeScript("""
                        const els = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                          .filter(e => !e.disabled && e.getClientRects().length > 0
                              && !e.closest('details:not([open]) > :not(summary)') || e.classList.contains('naar-inhoud'));
                        els.forEach((e, i) => e.dataset.tab = i);
                        return els.length;""");
                List<String> nietZichtbaar = new ArrayList<>();
                java.util.Set<String> bereikt = new java.util.HashSet<>();
                // Other focusable things (the page itself, browser chrome) may sit in between: walk round twice.
                for (int i = 0; i < 2 * aantal + 10 && bereikt.size() < aantal; i++) {
                    new Actions(browser.driver).sendKeys(Keys.TAB).perform();
                    WebElement actief = browser.driver.switchTo().activeElement();
                    String nummer = actief.getAttribute("data-tab");
                    if (nummer != null && bereikt.add(nummer) && !focusZichtbaar(browser)) {
                        nietZichtbaar.add(actief.getTagName() + " " + actief.getText());
                    }
                }
                assertEquals(aantal, bereikt.size(), pad + ": niet alles is met Tab te bereiken, wel " + bereikt);
                assertTrue(nietZichtbaar.isEmpty(), pad + ": focus niet te zien op " + nietZichtbaar);
            }
        }
    }

    private static boolean focusZichtbaar(Browser browser) {
        String stijl = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const s = getComputedStyle(document.activeElement);
                return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;""");
        return !stijl.startsWith("none") && !stijl.contains(" 0px none");
    }

    static void logIn(Browser browser, String gebruiker) {
        browser.open(Portaal.URL + "/start");
        browser.loginOpKeycloak(gebruiker, Inlogsessie.WACHTWOORD);
        browser.wacht.until(d -> d.getCurrentUrl().startsWith(Portaal.URL) && !d.findElements(By.tagName("h1")).isEmpty());
    }

    private static void controleer(Browser browser, List<String> fouten) {
        try {
            browser.assertToegankelijk();
        } catch (AssertionError e) {
            fouten.add(e.getMessage());
        }
    }

    /**
     * Links within the portal a GET can follow; logging out and downloads end or leave the page, and
     * the language switch would change the language of the rest of the walk.
     */
    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser) {
        // One script for all links: asking for each link's href separately costs a round trip per link.
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser.driver)
                .executeScript("return [...document.querySelectorAll('a[href]')].map(a => a.href);");
        return hrefs.stream()
                .filter(h -> h != null && h.startsWith(Portaal.URL))
                .map(h -> h.replaceAll("#.*", ""))
                .filter(h -> !h.contains("/uitloggen") && !h.contains("/taal/") && !h.endsWith(".pdf") && !h.contains(".pdf?"))
                .distinct().collect(Collectors.toList());
    }

    /** The route of a URL: ids and query values do not matter, the query names do (namens, stuk). */
    static String vorm(String url) {
        URI uri = URI.create(url);
        String pad = uri.getPath().replaceAll("/\\d+", "/{n}");
        String query = uri.getQuery() == null ? "" : Arrays.stream(uri.getQuery().split("&"))
                .map(p -> p.replaceAll("=.*", "")).sorted().distinct().collect(Collectors.joining("&"));
        return query.isEmpty() ? pad : pad + "?" + query;
    }
}
