package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.jeugdportaal.scheduler.Dagtaken;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Dienstprofiel;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Verzetbareklok;
import nl.jeugdportaal.testsupport.Wachten;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A medewerker's role in the portal is what the bronsysteem registered, on the day of the request.
 * It may register ahead the day a medewerker leaves: until then he works as before, from that day
 * on the portal gives him no role at his next login, without anyone touching Keycloak, and the
 * morning's daily tasks block his account. A new function counts at the next request.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class MedewerkerUitDeRegistratieTest {
    private static final String LOGIN = "t-ruud";

    @Inject
    Verzetbareklok klok;
    @Inject
    Dagtaken dagtaken;

    @AfterEach
    void echteTijd() {
        klok.echt();
    }

    @Test
    void eenNieuweFunctieGeldtBijHetVolgendeVerzoek() {
        String login = "t-kees";
        new KeycloakBeheer().maakGebruiker(login, null, null);
        Bronsysteem bronsysteem = Bronsysteem.aangemeld();
        String kees = "{\"voornaam\":\"Kees\",\"achternaam\":\"de Bruin\",\"login\":\"" + login + "\",\"functie\":";
        bronsysteem.zet("/medewerkers/M-KEES", kees + "\"jeugdbeschermer\"}");
        Inlogsessie sessie = Inlogsessie.als(Portaal.URL, login);
        assertEquals(404, sessie.open("/inzagelog/zoeken").statusCode(), "alleen de FG zoekt in het hele log");

        bronsysteem.zet("/medewerkers/M-KEES", kees + "\"fg\"}");
        assertEquals(200, sessie.open("/inzagelog/zoeken").statusCode(), "dezelfde sessie, nu als FG");
    }

    @Test
    void eenVertrekDatDeGiVooraanmeldtGaatOpDieDagIn() {
        KeycloakBeheer keycloak = new KeycloakBeheer();
        // An account the GI had before the invitations: the portal leaves it as it is, and blocks it at the end.
        keycloak.maakGebruiker(LOGIN, null, null);
        LocalDate morgen = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1);
        Bronsysteem.aangemeld().zet("/medewerkers/M-RUUD", "{\"voornaam\":\"Ruud\",\"achternaam\":\"Smit\","
                + "\"functie\":\"jeugdbeschermer\",\"login\":\"" + LOGIN + "\",\"beeindigdOp\":\"" + morgen + "\"}");

        String vandaag = Inlogsessie.als(Portaal.URL, LOGIN).open("/start").body();
        assertTrue(vandaag.contains("Welkom, Ruud Smit"), vandaag);

        klok.zet(morgen);
        String opDeDag = Inlogsessie.als(Portaal.URL, LOGIN).open("/start").body();
        assertTrue(opDeDag.contains("Wij kunnen uw gegevens niet vinden"), opDeDag);
        assertTrue(keycloak.gebruiker(LOGIN).orElseThrow().path("enabled").asBoolean(), "Keycloak nog niet aangeraakt");

        dagtaken.voerUit();
        Wachten.tot(() -> !keycloak.gebruiker(LOGIN).orElseThrow().path("enabled").asBoolean(true),
                "de dagtaken blokkeren het account");
    }

    @Test
    void eenEindeDatHetBronsysteemTerugneemtGeeftDeLoginTerug() {
        KeycloakBeheer keycloak = new KeycloakBeheer();
        String joke = "t-joke";
        String pim = "t-pim";
        keycloak.maakGebruiker(joke, null, null);
        keycloak.maakGebruiker(pim, null, null);
        // Pim's account was switched off by an administrator, not by the portal: that stays as it is.
        keycloak.schakelUit(pim);
        Bronsysteem bronsysteem = Bronsysteem.aangemeld();
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String jokeBody = "{\"voornaam\":\"Joke\",\"achternaam\":\"Visser\",\"functie\":\"jeugdbeschermer\","
                + "\"email\":\"joke@gi.example\",\"login\":\"" + joke + "\"";
        bronsysteem.zet("/medewerkers/M-JOKE", jokeBody + ",\"beeindigdOp\":\"" + vandaag + "\"}");
        Wachten.tot(() -> !keycloak.gebruiker(joke).orElseThrow().path("enabled").asBoolean(true), "Joke is geblokkeerd");

        bronsysteem.zet("/medewerkers/M-JOKE", jokeBody + "}");
        bronsysteem.zet("/medewerkers/M-PIM", "{\"voornaam\":\"Pim\",\"achternaam\":\"Bakker\",\"functie\":\"jeugdbeschermer\","
                + "\"email\":\"pim@gi.example\",\"login\":\"" + pim + "\"}");
        Wachten.tot(() -> keycloak.gebruiker(joke).orElseThrow().path("enabled").asBoolean(), "Joke kan weer inloggen");
        String start = Inlogsessie.als(Portaal.URL, joke).open("/start").body();
        assertTrue(start.contains("Welkom, Joke Visser"), start);
        assertTrue(!keycloak.gebruiker(pim).orElseThrow().path("enabled").asBoolean(true), "de beheerder zette Pim uit");
    }
}
