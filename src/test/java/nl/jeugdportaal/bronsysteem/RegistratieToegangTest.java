package nl.jeugdportaal.bronsysteem;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.http.HttpResponse;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;

/**
 * Only the bronsysteem gets in, by a bearer token from the real Keycloak: no login page for a
 * machine, no way in for a parent's token, and the bronsysteem's token opens no page of the portal.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class RegistratieToegangTest {
    private static final String PAD = "/personen/P-toegang";

    @Test
    void zonderTokenIs401EnGeenDoorverwijzing() {
        HttpResponse<String> antwoord = Bronsysteem.met(null).get(PAD);
        assertEquals(401, antwoord.statusCode(), antwoord.body());
        assertTrue(antwoord.headers().firstValue("Location").isEmpty(), "geen doorverwijzing naar een inlogpagina");
    }

    @Test
    void eenOngeldigTokenIs401() {
        String token = Bronsysteem.token("bronsysteem", "bronsysteem-demo-geheim");
        String vervalst = token.substring(0, token.lastIndexOf('.') + 1) + "ongeldigehandtekening";
        assertEquals(401, Bronsysteem.met(vervalst).get(PAD).statusCode());
        assertEquals(401, Bronsysteem.met("geen-jwt").put(PAD, "{}").statusCode());
    }

    @Test
    void hetTokenVanEenOuderIs403() {
        HttpResponse<String> antwoord = Bronsysteem.met(Bronsysteem.tokenVanPersoon("sanne")).get(PAD);
        assertEquals(403, antwoord.statusCode(), antwoord.body());
    }

    @Test
    void hetBronsysteemKomtErinEnKrijgt404VoorWatNooitIsGeregistreerd() {
        HttpResponse<String> antwoord = Bronsysteem.aangemeld().get(PAD);
        assertEquals(404, antwoord.statusCode(), antwoord.body());
        assertEquals("application/problem+json", antwoord.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void hetTokenVanHetBronsysteemOpentGeenPaginaVanHetPortaal() {
        Bronsysteem bron = Bronsysteem.aangemeld();
        for (String pagina : new String[] {"/start", "/api/toestemmingen", "/api/klachten/cijfers"}) {
            HttpResponse<String> antwoord = bron.get(Portaal.URL + pagina);
            assertNotEquals(200, antwoord.statusCode(), pagina + " opende met het token van het bronsysteem");
            assertFalse(antwoord.body().contains("Noor"), pagina);
        }
    }
}
