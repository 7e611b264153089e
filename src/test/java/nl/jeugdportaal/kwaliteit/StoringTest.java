package nl.jeugdportaal.kwaliteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import nl.jeugdportaal.plan.Inbreng;
import nl.jeugdportaal.testsupport.Browser;
import nl.jeugdportaal.testsupport.Database;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.Keycloakdoorgang;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Postgresbeheer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #7, faults: when PostgreSQL restarts under use the portal recovers without a restart; when
 * Keycloak is down a calm page says so, and whoever is logged in keeps working until the login
 * expires. The portal of this class reaches Keycloak through a {@link Keycloakdoorgang} that the
 * tests close and open, and it has a database of its own that they stop and start.
 */
@QuarkusTest
@TestProfile(StoringTest.Storingen.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoringTest {
    /** Long enough for a busy 2-core machine, far shorter than the minute a hanging request would take. */
    private static final Duration SNEL = Duration.ofSeconds(10);

    static final Keycloakdoorgang KEYCLOAK = new Keycloakdoorgang();

    public static class Storingen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", Keycloakdoorgang.REALM_URL);
        }
    }

    @AfterAll
    static void deurDicht() {
        KEYCLOAK.close();
    }

    /** First, because it needs the door never to have been open: the portal started without Keycloak. */
    @Test
    @Order(1)
    void hetPortaalStartZonderKeycloakEnLaatInloggenZodraKeycloakErIs() {
        Inlogsessie bezoeker = Inlogsessie.anoniem(Portaal.URL);
        assertEquals(200, bezoeker.open("/").statusCode(), "de openbare pagina's werken zonder Keycloak");
        HttpResponse<String> inloggen = snel(() -> bezoeker.open("/start"));
        isInloggenLuktNiet(inloggen);

        KEYCLOAK.open();
        HttpResponse<String> herladen = bezoeker.get(Portaal.URL + "/inloggen-lukt-niet");
        assertEquals(303, herladen.statusCode(), "de pagina opnieuw laden gaat door naar het inloggen");
        assertEquals("/start", herladen.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(""));
        String start = Inlogsessie.als(Portaal.URL, "sanne").open("/start").body();
        assertTrue(start.contains("Welkom, Sanne de Vries"), "inloggen werkt zodra Keycloak er is, zonder herstart");
    }

    @Test
    @Order(2)
    void wieIngelogdIsWerktDoorAlsKeycloakWegValtEnKanUitloggen() {
        KEYCLOAK.open();
        Inlogsessie linda = Inlogsessie.als(Portaal.URL, "linda");
        String plan = "/plan/" + Database.id("Daan");
        linda.open(plan);
        KEYCLOAK.sluit();
        try {
            assertTrue(linda.open("/start").body().contains("Welkom, Linda"), "pagina's werken zonder Keycloak");
            assertEquals(200, linda.open("/dossier/" + Database.id("Daan")).statusCode());
            String mening = "Geschreven terwijl het inloggen even niet werkte.";
            HttpResponse<String> opgeslagen = linda.post(plan + "/mening", Map.of("tekst", mening));
            assertEquals(200, opgeslagen.statusCode(), "formulieren werken zonder Keycloak");
            assertTrue(opgeslagen.body().contains(mening));

            HttpResponse<String> uitgelogd = snel(() -> linda.open("/uitloggen"));
            assertEquals("/uitgelogd-bij-storing", uitgelogd.uri().getPath(),
                    "geen doorverwijzing naar een Keycloak die niet antwoordt");
            assertTrue(uitgelogd.body().contains("U bent uitgelogd bij het portaal"), uitgelogd.body());
            assertTrue(uitgelogd.body().contains("Sluit daarom nu alle vensters van de browser"));
            isInloggenLuktNiet(linda.open("/start"));
        } finally {
            KEYCLOAK.open();
        }
    }

    /** Without Keycloak the tokens cannot be renewed: the session ends there, on a calm page. */
    @Test
    @Order(3)
    void eenSessieDieTijdensDeStoringAfloopt() throws InterruptedException {
        KEYCLOAK.open();
        KeycloakBeheer beheer = new KeycloakBeheer();
        String vorige = beheer.zetTokenLevensduur("5");
        try {
            Inlogsessie erik = Inlogsessie.als(Portaal.URL, "erik");
            assertTrue(erik.open("/start").body().contains("Welkom, Erik"));
            KEYCLOAK.sluit();
            Thread.sleep(6_500);
            isInloggenLuktNiet(snel(() -> erik.open("/start")));
        } finally {
            KEYCLOAK.open();
            beheer.zetTokenLevensduur(vorige);
        }
    }

    @Test
    @Order(4)
    void naEenHerstartVanDeDatabaseWerktDezelfdeSessieWeerEnIsNietsHalfOpgeslagen() {
        KEYCLOAK.open();
        Inlogsessie sanne = Inlogsessie.als(Portaal.URL, "sanne");
        String plan = "/plan/" + Database.id("Noor");
        assertEquals(200, sanne.open(plan).statusCode());
        String mening = "Verstuurd terwijl de database opnieuw startte.";
        Postgresbeheer database = Postgresbeheer.vanHetPortaal();

        database.stop();
        try {
            isStoring(snel(() -> sanne.open(plan)));
            isStoring(snel(() -> sanne.post(plan + "/mening", Map.of("tekst", mening))));
        } finally {
            database.start();
        }

        HttpResponse<String> daarna = sanne.open(plan);
        assertEquals(200, daarna.statusCode(), "het eerste verzoek na de herstart lukt: " + Html.tekst(daarna.body()));
        assertFalse(daarna.body().contains(mening));
        assertEquals(0, meningen(mening), "het formulier uit de storing is niet (half) bewaard");
        HttpResponse<String> opnieuw = sanne.post(plan + "/mening", Map.of("tekst", mening));
        assertEquals(200, opnieuw.statusCode());
        assertTrue(opnieuw.body().contains(mening), "dezelfde sessie kan weer opslaan");
        assertEquals(1, meningen(mening));
    }

    /** The calm pages pass axe-core like every other page, and a real browser stays in the portal. */
    @Test
    @Order(5)
    void deStoringspaginasZijnToegankelijk() {
        KEYCLOAK.open();
        Postgresbeheer database = Postgresbeheer.vanHetPortaal();
        try (Browser browser = new Browser()) {
            browser.open(Portaal.URL + "/start");
            browser.loginOpKeycloak("sanne", Inlogsessie.WACHTWOORD);
            browser.wachtOpKop("Welkom, Sanne");
            database.stop();
            try {
                browser.open(Portaal.URL + "/start");
                browser.wachtOpKop("Het portaal werkt even niet");
                browser.assertToegankelijk();
            } finally {
                database.start();
            }
            KEYCLOAK.sluit();
            browser.open(Portaal.URL + "/uitloggen");
            browser.wachtOpKop("U bent uitgelogd bij het portaal");
            browser.assertToegankelijk();
            browser.open(Portaal.URL + "/start");
            browser.wachtOpKop("Inloggen lukt nu niet");
            browser.assertToegankelijk();
        } finally {
            KEYCLOAK.open();
        }
    }

    private static long meningen(String tekst) {
        return Database.lees(() -> Inbreng.count("tekst", tekst));
    }

    private static HttpResponse<String> snel(Supplier<HttpResponse<String>> verzoek) {
        long begin = System.nanoTime();
        HttpResponse<String> antwoord = verzoek.get();
        Duration duur = Duration.ofNanos(System.nanoTime() - begin);
        assertTrue(duur.compareTo(SNEL) < 0, "het antwoord kwam pas na " + duur.toMillis() + " ms");
        return antwoord;
    }

    private static void isInloggenLuktNiet(HttpResponse<String> antwoord) {
        assertEquals(Portaal.URL + "/inloggen-lukt-niet", antwoord.uri().toString(),
                "de browser blijft in het portaal, niet bij een Keycloak die niet antwoordt");
        isRustigePagina(antwoord, "Inloggen lukt nu niet");
    }

    private static void isStoring(HttpResponse<String> antwoord) {
        isRustigePagina(antwoord, "Het portaal werkt even niet");
    }

    /** 503 with Retry-After and the usual headers, Dutch, a code to read out, the crisis numbers, no trace of the error. */
    private static void isRustigePagina(HttpResponse<String> antwoord, String kop) {
        String html = antwoord.body();
        assertEquals(503, antwoord.statusCode(), html);
        assertTrue(antwoord.headers().firstValue("Retry-After").isPresent());
        assertTrue(antwoord.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(html.contains("<h1>" + kop + "</h1>"), html);
        assertTrue(html.matches("(?s).*<strong class=\"referentie\">[0-9A-F]{8}</strong>.*"), "een code om te noemen");
        assertTrue(html.contains("href=\"tel:112\"") && html.contains("088-996 3000") && html.contains("0800-2000"),
                "de crisisnummers staan erop");
        for (String spoor : new String[] {"Exception", "at org.", "at io.", "SQL", "PSQL", "Keycloak", "stack"}) {
            assertFalse(html.contains(spoor), "geen technische details: " + spoor);
        }
    }
}
