package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import nl.jeugdportaal.testsupport.Html;
import nl.jeugdportaal.testsupport.Inlogsessie;
import nl.jeugdportaal.testsupport.Portaal;
import nl.jeugdportaal.testsupport.KeycloakBeheer;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import org.junit.jupiter.api.Test;

/** Logging in through the real Keycloak, as the demo people do, and what they see first. */
@QuarkusTest
@QuarkusTestResource(KeycloakTestResource.class)
class InloggenTest {
    static final String PORTAAL = Portaal.URL;

    @Test
    void zonderInloggenGaatDeStartpaginaNaarKeycloakMetPkce() {
        HttpResponse<String> antwoord = Inlogsessie.anoniem(PORTAAL).get(PORTAAL + "/start");
        assertEquals(302, antwoord.statusCode());
        String naar = antwoord.headers().firstValue("Location").orElseThrow();
        assertTrue(naar.startsWith(KeycloakTestResource.REALM_URL + "/protocol/openid-connect/auth"), naar);
        assertTrue(naar.contains("code_challenge_method=S256"), "PKCE ontbreekt: " + naar);
    }

    @Test
    void ouderMetGezagZietHaarKindMetMaatregelEnJeugdbeschermer() {
        String html = Inlogsessie.als(PORTAAL, "sanne").open("/start").body();
        String pagina = Html.tekst(html);
        assertTrue(pagina.contains("Welkom, Sanne de Vries"), pagina);
        assertTrue(pagina.contains("Noor de Vries"));
        assertTrue(pagina.contains("u heeft het gezag"));
        assertTrue(pagina.contains("Ondertoezichtstelling (OTS)"));
        assertTrue(pagina.contains("Joost Mulder"));
        assertTrue(pagina.contains("088 996 3101"));
        assertTrue(html.contains("tel:112"), "crisisnummer ontbreekt");
    }

    @Test
    void ouderZonderGezagZietDatHijGeenGezagHeeft() {
        String pagina = Html.tekst(Inlogsessie.als(PORTAAL, "mark").open("/start").body());
        assertTrue(pagina.contains("Noor de Vries"));
        assertTrue(pagina.contains("U heeft geen gezag"));
    }

    @Test
    void jeugdigeWordtMetJeAangesprokenEnZietEigenDossier() {
        String pagina = Html.tekst(Inlogsessie.als(PORTAAL, "daan").open("/start").body());
        assertTrue(pagina.contains("Hoi Daan"));
        assertTrue(pagina.contains("Jouw dossier"));
        assertTrue(pagina.contains("Jouw jeugdbeschermer"));
    }

    @Test
    void voogdZietKindOnderVoogdij() {
        String pagina = Html.tekst(Inlogsessie.als(PORTAAL, "karim").open("/start").body());
        assertTrue(pagina.contains("Yasmina El Amrani"));
        assertTrue(pagina.contains("U bent de voogd"));
        assertTrue(pagina.contains("Voogdij: sinds"));
    }

    @Test
    void ouderVanEenVolwasseneHeeftGeenGezagMeer() {
        String pagina = Html.tekst(Inlogsessie.als(PORTAAL, "ingrid").open("/start").body());
        assertTrue(pagina.contains("Lars Visser"));
        assertTrue(pagina.contains("Daarom heeft u geen gezag meer"));
        assertTrue(pagina.contains("Deze maatregel is gestopt"));
    }

    @Test
    void vertrouwenspersoonZietWieHaarMachtigde() {
        String pagina = Inlogsessie.als(PORTAAL, "femke").open("/start").body();
        assertTrue(pagina.contains("Mensen die u helpt"));
        assertTrue(pagina.contains("Sanne de Vries"));
    }

    @Test
    void jeugdbeschermerZietDeDossiersOpZijnNaam() {
        String pagina = Inlogsessie.als(PORTAAL, "joost").open("/start").body();
        assertTrue(pagina.contains("Noor de Vries"));
        assertTrue(pagina.contains("Elif Yilmaz"));
        assertFalse(pagina.contains("Sem Jansen"), "Sem is van een andere jeugdbeschermer");
    }

    @Test
    void inlogZonderBekendePersoonKrijgtEenDuidelijkePagina() {
        HttpResponse<String> antwoord = Inlogsessie.als(PORTAAL, "onbekend").open("/start");
        assertEquals(200, antwoord.statusCode());
        assertTrue(antwoord.body().contains("Wij kunnen uw gegevens niet vinden"));
    }

    @Test
    void verkeerdWachtwoordGeeftEenNederlandseMelding() {
        Inlogsessie sessie = Inlogsessie.anoniem(PORTAAL);
        HttpResponse<String> loginPagina = sessie.open("/start");
        HttpResponse<String> na = sessie.login(loginPagina, "linda", "Fout-wachtwoord-9");
        assertTrue(na.uri().toString().startsWith(KeycloakTestResource.REALM_URL), na.uri().toString());
        assertTrue(na.body().contains("Gebruikersnaam of wachtwoord ongeldig"), na.body());
    }

    @Test
    void onbekendeGebruikerGeeftDezelfdeNederlandseMelding() {
        Inlogsessie sessie = Inlogsessie.anoniem(PORTAAL);
        HttpResponse<String> na = sessie.login(sessie.open("/start"), "niemand-bekend", "Jeugdportaal-demo-1");
        assertTrue(na.body().contains("Gebruikersnaam of wachtwoord ongeldig"), na.body());
    }

    @Test
    void verlopenSessieEindigtOpEenDuidelijkePagina() throws InterruptedException {
        KeycloakBeheer beheer = new KeycloakBeheer();
        String vorige = beheer.zetTokenLevensduur("5");
        try {
            Inlogsessie sessie = Inlogsessie.als(PORTAAL, "erik");
            beheer.beeindigSessies("erik");
            Thread.sleep(6_500);
            HttpResponse<String> daarna = sessie.open("/start");
            assertTrue(daarna.uri().getPath().equals("/sessie-verlopen"), daarna.uri().toString());
            assertTrue(daarna.body().contains("U was te lang niet actief"));
        } finally {
            beheer.zetTokenLevensduur(vorige);
        }
    }

    @Test
    void uitloggenBeeindigtDeSessieOokInKeycloak() {
        Inlogsessie sessie = Inlogsessie.als(PORTAAL, "linda");
        HttpResponse<String> uitgelogd = sessie.open("/uitloggen");
        assertTrue(uitgelogd.body().contains("U bent uitgelogd"), uitgelogd.uri() + "\n" + uitgelogd.body());
        HttpResponse<String> daarna = sessie.open("/start");
        assertTrue(daarna.uri().toString().startsWith(KeycloakTestResource.REALM_URL),
                "na uitloggen moet opnieuw inloggen nodig zijn, maar we kwamen op " + daarna.uri());
    }
}
