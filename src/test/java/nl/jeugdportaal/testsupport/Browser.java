package nl.jeugdportaal.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, driven headless, plus an axe-core check for WCAG 2.1 A and AA. */
public final class Browser implements AutoCloseable {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    public final WebDriver driver;
    public final WebDriverWait wacht;

    public Browser() {
        this(null);
    }

    /**
     * A phone: Chromium's mobile emulation at 360 by 800 CSS pixels, so the page's viewport tag counts
     * as on a real phone (without it the page would be laid out 980 px wide and shrunk).
     */
    public static Browser telefoon() {
        return new Browser(Map.of("deviceMetrics", Map.of("width", 360, "height", 800, "pixelRatio", 2.0, "mobile", true,
                "touch", true), "userAgent", "Mozilla/5.0 (Linux; Android 14; Telefoon) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/156.0 Mobile Safari/537.36"));
    }

    private Browser(Map<String, Object> mobiel) {
        try {
            ChromeOptions opties = new ChromeOptions();
            if (mobiel != null) {
                opties.setExperimentalOption("mobileEmulation", mobiel);
            }
            opties.setBinary(System.getProperty("jeugdportaal.chromium", "/usr/bin/chromium"));
            // Flags as the machine notes prescribe: no sandbox as root, no background network traffic.
            opties.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000", "--lang=nl",
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profiel"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("jeugdportaal.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, opties);
            wacht = new WebDriverWait(driver, Duration.ofSeconds(20));
            // A condition that reads the page while Chromium replaces it sees a stale element or "node does
            // not belong to the document": try again. A real failure still ends in a timeout with its cause.
            wacht.ignoring(WebDriverException.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public void open(String url) {
        driver.get(url);
    }

    public void wachtOpKop(String tekst) {
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), tekst));
    }

    public void loginOpKeycloak(String gebruiker, String wachtwoord) {
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(gebruiker);
        driver.findElement(By.id("password")).sendKeys(wachtwoord);
        driver.findElement(By.id("kc-login")).click();
    }

    /**
     * Fails with the list of WCAG 2.1 A/AA violations on the current page. Legacy mode runs axe in the
     * page itself instead of finishing in a second, blank window (which only matters for pages with
     * frames of other origins, and the portal has none); reporting only the violations keeps the answer
     * small. Together they halve the time of an accessibility walk.
     */
    public void assertToegankelijk() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG);
        AxeRunOptions opties = new AxeRunOptions();
        opties.setRunOnly(tags);
        opties.setResultTypes(List.of("violations"));
        Results resultaat = new AxeBuilder().withOptions(opties).setLegacyMode(true).analyze(driver);
        List<Rule> fouten = resultaat.getViolations();
        assertTrue(fouten.isEmpty(), () -> "axe vond op " + driver.getCurrentUrl() + ":\n" + fouten.stream()
                .map(r -> r.getId() + ": " + r.getHelp() + " " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
