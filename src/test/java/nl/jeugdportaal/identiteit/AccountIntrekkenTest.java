package nl.jeugdportaal.identiteit;

import static nl.jeugdportaal.identiteit.SessieIntrekkenTest.geweigerd;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.function.BiConsumer;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.Testdossiers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #16: an administrator stops an account in Keycloak, and a copied session cookie is refused
 * at the very next request. Keycloak 26 itself leaves the sessions running then
 * (keycloak/keycloak#37981); the realm's listener (keycloak-realm/providers/sessies-beeindigen) ends
 * them through the back channel before the administrator's call returns.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class AccountIntrekkenTest {

    /** What an administrator does to stop someone logging in. */
    enum Maatregel {
        ACCOUNT_UITGESCHAKELD(KeycloakBeheer::schakelUit),
        WACHTWOORD_OPNIEUW_INGESTELD((keycloak, login) -> keycloak.zetWachtwoord(login, "Door-de-beheerder-1")),
        WACHTWOORD_VERWIJDERD(KeycloakBeheer::verwijderWachtwoord);

        final BiConsumer<KeycloakBeheer, String> neem;

        Maatregel(BiConsumer<KeycloakBeheer, String> neem) {
            this.neem = neem;
        }
    }

    @Inject
    Testdossiers testdossiers;

    @ParameterizedTest
    @EnumSource(Maatregel.class)
    void naDeMaatregelWeigertHetPortaalEenGekopieerdeCookieMeteen(Maatregel maatregel) {
        // A family and a login of their own: the demo logins stay as the other tests need them.
        String bsnBasis = "9000003" + maatregel.ordinal();
        testdossiers.maak(bsnBasis, 1, i -> false);
        String login = "ingetrokken-" + maatregel.ordinal();
        KeycloakBeheer keycloak = new KeycloakBeheer();
        keycloak.maakGebruiker(login, bsnBasis + "2", "ouder");
        Inlogsessie kopie = Inlogsessie.als(Portaal.URL, login).kopieVanDeCookies();
        assertTrue(kopie.open("/start").body().contains("Testkind"), "de kopie werkt zolang het account mag inloggen");

        maatregel.neem.accept(keycloak, login);

        geweigerd(kopie.get(Portaal.URL + "/start"), "/uitgelogd", "Testkind");
    }
}
