package nl.jeugdportaal.identiteit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdportaal.testsupport.Demobestand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the Keycloak realm export against the demo data and the security settings the portal
 * relies on. Plain JUnit, no Keycloak needed; paths are relative to the project root.
 */
class RealmExportTest {

    static final Path REALM_FILE = Path.of("keycloak-realm", "jeugdportaal-realm.json");
    static final Path DEMO_FILE = Path.of("src", "main", "resources", "demo", "demo.json");
    static final Set<String> ROLLEN = Set.of("ouder", "voogd", "jeugdige", "vertegenwoordiger",
            "vertrouwenspersoon", "jeugdbeschermer", "leidinggevende", "fg");

    static final ObjectMapper JSON = new ObjectMapper();
    static JsonNode realm;
    static JsonNode demo;

    @BeforeAll
    static void lees() throws IOException {
        realm = JSON.readTree(REALM_FILE.toFile());
        demo = JSON.readTree(DEMO_FILE.toFile());
    }

    @Test
    void realmHeetJeugdportaalEnIsNederlandstalig() {
        assertEquals("jeugdportaal", realm.path("realm").asText());
        assertTrue(realm.path("enabled").asBoolean());
        assertTrue(realm.path("internationalizationEnabled").asBoolean());
        assertEquals("nl", realm.path("defaultLocale").asText());
    }

    /** The GI's own system (registratie API); it opens no page of the portal. */
    static final String BRONSYSTEEM = "bronsysteem";

    /** Asks Keycloak for a one-time code after the password; professionals get it through their group. */
    static final String TWEEDE_FACTOR = "tweede-factor";

    @Test
    void rollenZijnPreciesDeAchtPortaalrollenDeRolVanHetBronsysteemEnDeTweedeFactor() {
        Set<String> namen = new TreeSet<>();
        for (JsonNode rol : realm.path("roles").path("realm")) {
            namen.add(rol.path("name").asText());
            assertFalse(rol.path("description").asText().isBlank(), "rol zonder omschrijving: " + rol);
        }
        Set<String> verwacht = new TreeSet<>(ROLLEN);
        verwacht.add(BRONSYSTEEM);
        verwacht.add(TWEEDE_FACTOR);
        assertEquals(verwacht, namen);
    }

    @Test
    void bronsysteemIsVertrouwelijkEnAlleenClientCredentialsMetDeRolBronsysteem() {
        JsonNode client = null;
        for (JsonNode c : realm.path("clients")) {
            if (BRONSYSTEEM.equals(c.path("clientId").asText())) client = c;
        }
        assertNotNull(client, "client bronsysteem ontbreekt");
        assertFalse(client.path("publicClient").asBoolean(true), "client moet confidential zijn");
        assertEquals("bronsysteem-demo-geheim", client.path("secret").asText());
        assertTrue(client.path("serviceAccountsEnabled").asBoolean(), "client credentials");
        assertFalse(client.path("standardFlowEnabled").asBoolean(true), "niemand logt in als bronsysteem");
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), "geen wachtwoorden");
        List<JsonNode> serviceaccounts = new ArrayList<>();
        realm.path("users").forEach(u -> { if (u.has("serviceAccountClientId")) serviceaccounts.add(u); });
        assertEquals(2, serviceaccounts.size());
        assertEquals(BRONSYSTEEM, serviceaccounts.get(0).path("serviceAccountClientId").asText());
        assertEquals("[\"bronsysteem\"]", serviceaccounts.get(0).path("realmRoles").toString());
    }

    /** The portal's account client may manage users and nothing else: no realm role, no login of its own. */
    @Test
    void hetAccountbeheerMagAlleenGebruikersBeheren() {
        JsonNode account = met(realm.path("users"), "serviceAccountClientId", "jeugdportaal-accounts");
        assertNotNull(account, "service account van jeugdportaal-accounts ontbreekt");
        assertTrue(account.path("realmRoles").isMissingNode(), "geen realm-rollen");
        assertEquals("[\"manage-users\",\"view-users\",\"query-users\",\"query-groups\"]",
                account.path("clientRoles").path("realm-management").toString());
    }

    /** Who has the role tweede-factor logs in with a password and a code; whoever has no app yet must set one up. */
    @Test
    void professionalsMoetenNaHetWachtwoordEenCodeGeven() {
        assertEquals("jeugdportaal browser", realm.path("browserFlow").asText());
        JsonNode tweede = met(realm.path("authenticationFlows"), "alias", "jeugdportaal tweede factor");
        assertNotNull(tweede);
        assertEquals("conditional-user-role", tweede.path("authenticationExecutions").path(0).path("authenticator").asText());
        assertEquals("REQUIRED", tweede.path("authenticationExecutions").path(1).path("requirement").asText());
        // The code from the app, or a security key (WebAuthn) as the other way: one of the two, never neither.
        JsonNode bewijs = met(realm.path("authenticationFlows"), "alias", tweede.path("authenticationExecutions").path(1).path("flowAlias").asText());
        assertEquals("auth-otp-form webauthn-authenticator", bewijs.path("authenticationExecutions").findValuesAsText("authenticator")
                .stream().collect(java.util.stream.Collectors.joining(" ")));
        bewijs.path("authenticationExecutions").forEach(e -> assertEquals("ALTERNATIVE", e.path("requirement").asText()));
        assertFalse(realm.path("otpPolicyCodeReusable").asBoolean(true), "een code maar één keer");
        JsonNode groep = realm.path("groups").path(0);
        assertEquals("professionals", groep.path("name").asText());
        assertEquals("[\"tweede-factor\"]", groep.path("realmRoles").toString());
    }

    @Test
    void elkeDemoLoginHeeftPreciesEenGebruikerMetZelfdeBsnEnRol() {
        List<JsonNode> verwacht = new ArrayList<>();
        demo.path("logins").forEach(l -> verwacht.add(((ObjectNode) l.deepCopy()).put("bsn", bsn(l.path("persoon").asText()))));
        demo.path("zonderPersoon").forEach(verwacht::add);
        assertFalse(verwacht.isEmpty(), "demo.json heeft geen logins");

        for (JsonNode p : verwacht) {
            String bsn = p.path("bsn").asText();
            List<JsonNode> gevonden = new ArrayList<>();
            for (JsonNode u : realm.path("users")) {
                if (bsn.equals(u.path("attributes").path("bsn").path(0).asText(null))) gevonden.add(u);
            }
            assertEquals(1, gevonden.size(), "gebruikers met bsn " + bsn + " (" + p.path("login").asText() + ")");
            JsonNode u = gevonden.get(0);
            assertEquals(p.path("login").asText(), u.path("username").asText(), "username bij bsn " + bsn);
            assertEquals(1, u.path("attributes").path("bsn").size(), "bsn is één waarde");
            List<String> rollen = new ArrayList<>();
            u.path("realmRoles").forEach(r -> rollen.add(r.asText()));
            assertEquals(List.of(p.path("rol").asText()), rollen, "realm-rol van " + u.path("username").asText());
            assertTrue(ROLLEN.contains(p.path("rol").asText()), "onbekende rol in demo.json: " + p.path("rol"));
            assertTrue(u.path("enabled").asBoolean());
            assertTrue(u.path("credentials").path(0).path("value").asText().length() >= 10, "wachtwoord");
        }
        int mensen = 0;
        for (JsonNode u : realm.path("users")) {
            if (!u.has("serviceAccountClientId")) mensen++;
        }
        assertEquals(verwacht.size(), mensen, "geen gebruikers buiten demo.json (het service account van het bronsysteem telt niet)");
    }

    /** The element of the list whose field has this value, or null. */
    private static JsonNode met(JsonNode lijst, String veld, String waarde) {
        for (JsonNode element : lijst) {
            if (waarde.equals(element.path(veld).asText())) {
                return element;
            }
        }
        return null;
    }

    /** A client's BSN is in the registration; a medewerker's (the API has no field for it) in demo.json. */
    private static String bsn(String persoon) {
        JsonNode body = Demobestand.mensen().get(persoon);
        if (body != null && body.hasNonNull("bsn")) {
            return body.get("bsn").asText();
        }
        for (JsonNode a : demo.path("aanvullingen")) {
            if (a.path("persoon").asText().equals(persoon)) {
                return a.path("bsn").asText(null);
            }
        }
        return null;
    }

    @Test
    void clientIsVertrouwelijkMetPkceS256EnZonderDirectAccessGrants() {
        JsonNode client = met(realm.path("clients"), "clientId", "jeugdportaal");
        assertNotNull(client, "client jeugdportaal ontbreekt");
        assertFalse(client.path("publicClient").asBoolean(true), "client moet confidential zijn");
        assertFalse(client.path("secret").asText().isBlank(), "client secret");
        assertEquals("S256", client.path("attributes").path("pkce.code.challenge.method").asText());
        assertTrue(client.path("standardFlowEnabled").asBoolean());
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), "geen direct access grants");
        assertFalse(client.path("implicitFlowEnabled").asBoolean(true), "geen implicit flow");
        assertFalse(client.path("serviceAccountsEnabled").asBoolean(true), "geen service account");

        boolean bsnMapper = false;
        for (JsonNode m : client.path("protocolMappers")) {
            JsonNode cfg = m.path("config");
            if ("bsn".equals(cfg.path("user.attribute").asText()) && "bsn".equals(cfg.path("claim.name").asText())) {
                bsnMapper = "true".equals(cfg.path("access.token.claim").asText())
                        && "true".equals(cfg.path("id.token.claim").asText());
            }
        }
        assertTrue(bsnMapper, "mapper die bsn in ID- en access token zet");
        Set<String> scopes = new TreeSet<>();
        client.path("defaultClientScopes").forEach(s -> scopes.add(s.asText()));
        assertTrue(scopes.contains("roles"), "client scope 'roles' zet realm_access.roles in het access token");
    }

    @Test
    void bruteForceBeschermingEnWachtwoordbeleidStaanAan() {
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force protection");
        assertTrue(realm.path("failureFactor").asInt() > 0);
        String beleid = realm.path("passwordPolicy").asText("");
        assertFalse(beleid.isBlank(), "password policy");
        assertTrue(beleid.contains("length("), "policy met minimumlengte: " + beleid);
        assertEquals("external", realm.path("sslRequired").asText());
        assertFalse(realm.path("registrationAllowed").asBoolean(true), "geen zelfregistratie");
    }

    /**
     * Keycloak 26 leaves the sessions running when an administrator disables an account or resets its
     * password (keycloak/keycloak#37981); the listener in keycloak-realm/providers ends them.
     * AccountIntrekkenTest shows it works; this says at once when a merge of the realm drops it.
     */
    @Test
    void deListenerDieDeSessiesVanEenIngetrokkenAccountBeeindigtStaatAan() throws IOException {
        String id = "jeugdportaal-sessies-beeindigen";
        Set<String> listeners = new TreeSet<>();
        realm.path("eventsListeners").forEach(l -> listeners.add(l.asText()));
        assertTrue(listeners.contains(id), listeners.toString());
        String factory = Files.readString(Path.of("keycloak-realm", "providers", "sessies-beeindigen", "src", "nl",
                "jeugdportaal", "keycloak", "SessiesBeeindigenFactory.java"));
        assertTrue(factory.contains("ID = \"" + id + "\";"), "de provider heet " + id);
    }

    @Test
    void bsnIsGedeclareerdInHetUserProfile() throws IOException {
        JsonNode providers = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider");
        assertEquals(1, providers.size(), "één user profile component");
        String config = providers.path(0).path("config").path("kc.user.profile.config").path(0).asText();
        assertFalse(config.isBlank(), "kc.user.profile.config");
        JsonNode profiel = JSON.readTree(config);

        JsonNode bsn = null;
        Set<String> namen = new TreeSet<>();
        for (JsonNode a : profiel.path("attributes")) {
            namen.add(a.path("name").asText());
            if ("bsn".equals(a.path("name").asText())) bsn = a;
        }
        assertTrue(namen.containsAll(Set.of("username", "email", "firstName", "lastName")), namen.toString());
        assertNotNull(bsn, "bsn niet gedeclareerd in het user profile");
        assertEquals("[\"admin\"]", bsn.path("permissions").path("edit").toString(), "alleen admin wijzigt bsn");
        assertEquals("^[0-9]{9}$", bsn.path("validations").path("pattern").path("pattern").asText());
        assertTrue(profiel.path("unmanagedAttributePolicy").isMissingNode(), "unmanaged attributes blijven uit");
    }
}
