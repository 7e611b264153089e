package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdportaal.testsupport.AlleenDeDemo;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
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
 * The portal on a phone of 360 CSS pixels wide, as most parents and every jeugdige use it: every page
 * fits the screen (no zooming out, no sideways scrolling, WCAG 1.4.10), controls are big enough to tap,
 * the menu folds into a button that reaches Uitloggen, and the quick exit works by keyboard. The same
 * walk also runs axe-core at this width; {@link ToegankelijkheidBrowserTest} does it at 1280 px.
 */
@QuarkusTest
@TestProfile(AlleenDeDemo.class)
class TelefoonBrowserTest {
    /** Controls a finger must hit: at least 44 by 44 CSS pixels (WCAG 2.5.5). Links in running text are exempt. */
    private static final String KLEINE_KNOPPEN = """
            return [...document.querySelectorAll('button, summary, select, input:not([type=hidden]):not([type=checkbox]):not([type=radio]),'
                + ' .utrecht-button-link, .utrecht-nav-list__link, .taalwissel, .snel-weg')]
              .filter(e => e.getClientRects().length > 0 && !e.closest('details:not([open]) > :not(summary)'))
              .filter(e => { const r = e.getBoundingClientRect(); return r.height < 43.5 || r.width < 43.5; })
              .map(e => e.tagName + ' "' + (e.textContent || e.name).trim().slice(0, 30) + '" '
                  + Math.round(e.getBoundingClientRect().width) + 'x' + Math.round(e.getBoundingClientRect().height));""";

    @ParameterizedTest
    @ValueSource(strings = {"sanne", "daan", "joost"})
    void elkePaginaPastOpDeTelefoon(String gebruiker) {
        try (Browser browser = Browser.telefoon()) {
            ToegankelijkheidBrowserTest.logIn(browser, gebruiker);
            ToegankelijkheidBrowserTest.rondgang(browser, gebruiker, "nl", TelefoonBrowserTest::pastOpHetScherm);
        }
    }

    private static void pastOpHetScherm(Browser browser, List<String> fouten) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        long breed = (Long) js.executeScript("return document.documentElement.scrollWidth;");
        long scherm = (Long) js.executeScript("return window.innerWidth;");
        if (breed > scherm || scherm != 360) {
            fouten.add(browser.driver.getCurrentUrl() + ": de pagina is " + breed + " px breed op een scherm van " + scherm
                    + " px; breder dan: " + js.executeScript("""
                    return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                      .slice(-3).map(e => e.tagName + '.' + e.className).join(', ');"""));
        }
        @SuppressWarnings("unchecked")
        List<String> klein = (List<String>) js.executeScript(KLEINE_KNOPPEN);
        if (!klein.isEmpty()) {
            fouten.add(browser.driver.getCurrentUrl() + ": te klein om aan te tikken: " + klein);
        }
    }

    @Test
    void hetMenuGaatOpMetHetToetsenbordEnBereiktUitloggen() {
        try (Browser browser = Browser.telefoon()) {
            ToegankelijkheidBrowserTest.logIn(browser, "linda");
            browser.open(Portaal.URL + "/start");
            WebElement uitloggen = browser.driver.findElement(By.cssSelector(".menu a[href='/uitloggen']"));
            assertFalse(zichtbaar(browser, uitloggen), "op de telefoon is het menu eerst dicht");
            WebElement knop = browser.driver.findElement(By.cssSelector(".menu > summary"));
            assertTrue(knop.isDisplayed());
            tabTot(browser, knop);
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.wacht.until(d -> zichtbaar(browser, uitloggen));
            tabTot(browser, uitloggen);
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.wacht.until(d -> d.getCurrentUrl().startsWith(Portaal.URL + "/uitgelogd"));
        }
    }

    @Test
    void opEenBreedSchermStaatHetMenuOpen() {
        try (Browser browser = new Browser()) {
            ToegankelijkheidBrowserTest.logIn(browser, "linda");
            browser.open(Portaal.URL + "/start");
            assertTrue(zichtbaar(browser, browser.driver.findElement(By.cssSelector(".menu a[href='/uitloggen']"))));
            assertFalse(zichtbaar(browser, browser.driver.findElement(By.cssSelector(".menu > summary"))));
        }
    }

    /**
     * The quick exit is the first Tab stop; Enter replaces the page with the neutral site, so Back does not
     * return to the page that was open (it goes to the step before, which the browser does not let a page erase).
     */
    @Test
    void snelWegIsDeEersteTabEnVervangtDePagina() {
        try (Browser browser = Browser.telefoon()) {
            ToegankelijkheidBrowserTest.logIn(browser, "linda");
            browser.open(Portaal.URL + "/start");
            String dossier = Portaal.URL + "/dossier/" + Database.id("Daan");
            browser.open(dossier);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            long stappen = (Long) js.executeScript("return history.length;");
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement eerste = browser.driver.switchTo().activeElement();
            assertEquals("snel-weg", eerste.getAttribute("id"));
            assertTrue(eerste.getText().startsWith("Snel weg"), eerste.getText());
            new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
            browser.wacht.until(d -> d.getCurrentUrl().equals("about:blank"));
            assertEquals(stappen, (Long) js.executeScript("return history.length;"), "de pagina is vervangen, niet bijgezet");
            browser.driver.navigate().back();
            browser.wacht.until(d -> !d.getCurrentUrl().equals("about:blank"));
            assertNotEquals(dossier, browser.driver.getCurrentUrl(), "Vorige mag niet terug naar het dossier");
        }
    }

    /** Mark, father without gezag, sees 30 stukken he may not read: on a phone that must stay short. */
    @Test
    void hetDossierVanMarkIsOpDeTelefoonHoogstensZesSchermenHoog() {
        try (Browser browser = Browser.telefoon()) {
            ToegankelijkheidBrowserTest.logIn(browser, "mark");
            browser.open(Portaal.URL + "/dossier/" + Database.id("Noor"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            long hoog = (Long) js.executeScript("return document.documentElement.scrollHeight;");
            long scherm = (Long) js.executeScript("return window.innerHeight;");
            System.out.printf("Dossier van Mark op 360 px: %d px hoog, %.1f schermen van %d px%n", hoog, (double) hoog / scherm, scherm);
            assertTrue(hoog <= 6 * scherm, "het dossier is " + hoog + " px hoog, " + (double) hoog / scherm + " schermen");
        }
    }

    /** Keycloak's login page carries the portal's theme: the crisis numbers, its language, and it fits the phone. */
    @Test
    void hetInlogschermIsVanHetPortaal() {
        try (Browser browser = Browser.telefoon()) {
            browser.open(Portaal.URL + "/start");
            browser.wacht.until(d -> !d.findElements(By.id("username")).isEmpty());
            String tekst = browser.driver.findElement(By.tagName("body")).getText();
            assertTrue(tekst.contains("Direct gevaar?") && tekst.contains("112"), tekst);
            assertTrue(browser.driver.getPageSource().contains("/jeugdportaal/css/jeugdportaal.css"), "het thema van het portaal");
            List<String> fouten = new ArrayList<>();
            pastOpHetScherm(browser, fouten);
            assertTrue(fouten.isEmpty(), String.join("\n", fouten));
        }
    }

    /** As the browser shows it; Selenium's own check calls everything in a closed details hidden, whatever the CSS says. */
    private static boolean zichtbaar(Browser browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
                "return arguments[0].checkVisibility({contentVisibilityAuto: true, visibilityProperty: true});", element);
    }

    private static void tabTot(Browser browser, WebElement doel) {
        List<String> langs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            WebElement actief = browser.driver.switchTo().activeElement();
            if (actief.equals(doel)) {
                return;
            }
            langs.add(actief.getTagName() + " " + actief.getText());
        }
        throw new AssertionError("met Tab niet bereikt: " + doel.getText() + ", wel " + langs);
    }
}
