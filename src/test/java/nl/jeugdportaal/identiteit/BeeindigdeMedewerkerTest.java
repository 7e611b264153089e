package nl.jeugdportaal.identiteit;

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
 * The bronsysteem may register ahead the day a medewerker leaves. Until then she works as before;
 * from that day on the portal gives her no role at her next login, without anyone touching
 * Keycloak, and the morning's daily tasks block her account.
 */
@QuarkusTest
@TestProfile(Dienstprofiel.class)
class BeeindigdeMedewerkerTest {
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
}
