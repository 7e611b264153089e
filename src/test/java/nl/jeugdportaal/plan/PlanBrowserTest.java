package nl.jeugdportaal.plan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A parent and a jeugdige walk plan, JBT, familiegroepsplan and glossary in a real browser; axe checks each page. */
@QuarkusTest
class PlanBrowserTest {

    private static void loop(String login, String verwachteAanhef) {
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak(login, Inlogsessie.WACHTWOORD);
            browser.wachtOpKop(verwachteAanhef);
            browser.driver.findElement(By.partialLinkText("Bekijk het plan voor")).click();
            browser.wachtOpKop("Het plan voor");
            String plan = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(plan.contains("Wat moet er veranderen zodat de OTS kan stoppen?"), plan);
            browser.assertToegankelijk();

            browser.driver.findElement(By.cssSelector(".gezinslinks")).findElement(By.linkText("Jeugdbeschermingstafel")).click();
            browser.wachtOpKop("jeugdbeschermingstafel");
            browser.assertToegankelijk();

            browser.driver.findElement(By.linkText("Terug naar het plan")).click();
            browser.wachtOpKop("Het plan voor");
            browser.driver.findElement(By.cssSelector(".gezinslinks")).findElement(By.linkText("Familiegroepsplan")).click();
            browser.wachtOpKop("familiegroepsplan");
            browser.assertToegankelijk();

            browser.driver.findElement(By.cssSelector("main")).findElement(By.linkText("familiegroepsplan")).click();
            browser.wachtOpKop("Begrippenlijst");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/begrippen#familiegroepsplan"), browser.driver.getCurrentUrl());
            browser.assertToegankelijk();
        }
    }

    @Test
    void ouderLooptVanPlanNaarBegrippen() {
        loop("sanne", "Welkom, Sanne de Vries");
    }

    @Test
    void jeugdigeLooptVanPlanNaarBegrippen() {
        loop("daan", "Hoi Daan");
    }
}
