package nl.jeugdportaal.bronsysteem.importeren;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Bsns;
import nl.jeugdportaal.testsupport.EigenDatabase;
import nl.jeugdportaal.testsupport.KeycloakTestResource;
import nl.jeugdportaal.testsupport.Portaal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/import, the first load of a GI: a file of ten API calls of which three are bad. The
 * importer names exactly those three by line number with the portal's reasons, stores the other
 * seven, writes the three to a file of their own, and after fixing them that file goes in too.
 */
@QuarkusTest
@TestProfile(EigenDatabase.class)
@QuarkusTestResource(KeycloakTestResource.class)
class ImporteurTest {
    private final Bronsysteem bron = Bronsysteem.aangemeld();
    private final String ouderBsn = Bsns.nieuw();
    private final String kindBsn = Bsns.nieuw();

    private List<String> bestand() {
        return List.of(
                put("/medewerkers/I1-jb", "{\"voornaam\": \"Jip\", \"achternaam\": \"Visser\", \"functie\": \"jeugdbeschermer\", \"login\": \"i1-jip\"}"),
                put("/personen/I1-ouder", persoon(ouderBsn, "Roos", "1988-03-14")),
                put("/personen/I1-oma", persoon("123456789", "Els", "1960-01-01")),
                put("/personen/I1-kind", persoon(kindBsn, "Mees", "2017-05-02")),
                put("/relaties/I1-r1", relatie("I1-ouder")),
                put("/relaties/I1-r2", relatie("I1-opa")),
                put("/dossiers/I1-dossier", "{\"kind\": \"I1-kind\", \"jeugdbeschermer\": \"I1-jb\", \"geopend\": \"2026-01-05\"}"),
                "{\"methode\": \"PUT\", \"pad\": \"/dossiers/I1-dossier/maatregelen/M2\", \"body\": {\"soort\": \"VOTS\"",
                put("/dossiers/I1-dossier/maatregelen/M1", "{\"soort\": \"OTS\", \"begindatum\": \"2026-01-05\"}"),
                put("/dossiers/I1-dossier/stukken/S1", "{\"datum\": \"2026-01-10\", \"soort\": \"GESPREKSVERSLAG\", \"auteur\": \"Jip Visser\","
                        + " \"titel\": \"Eerste gesprek\", \"tekst\": \"Kennismaking.\", \"over\": [\"I1-kind\", \"I1-ouder\"]}"));
    }

    @Test
    void noemtPreciesDeDrieFouteRegelsMetHunRedenEnSlaatDeRestOp(@TempDir Path map) throws Exception {
        Path invoer = map.resolve("gezin.ndjson");
        Files.write(invoer, bestand());
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        ByteArrayOutputStream voortgang = new ByteArrayOutputStream();

        int code = Opdrachtregel.voerUit(new String[] {"--portaal", Portaal.URL, "--keycloak", KeycloakTestResource.REALM_URL,
            invoer.toString()}, new PrintStream(uit, true, StandardCharsets.UTF_8), new PrintStream(voortgang, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        String samenvatting = uit.toString(StandardCharsets.UTF_8);
        assertTrue(samenvatting.startsWith("10 aanroepen: 7 nieuw, 0 bijgewerkt of al gelijk, 0 vernietigd, 3 geweigerd."), samenvatting);
        assertEquals(List.of("regel 3 (400)", "regel 6 (422)", "regel 8"), samenvatting.lines()
                .filter(r -> r.startsWith("  regel ")).map(r -> r.substring(2, r.indexOf(':'))).toList(), samenvatting);
        assertTrue(samenvatting.contains("bsn: Dit is geen geldig BSN"), samenvatting);
        assertTrue(samenvatting.contains("persoon: Er is geen"), samenvatting);
        assertTrue(samenvatting.contains("regel 8: Deze regel is geen geldige JSON"), samenvatting);
        List<String> balk = voortgang.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(balk.get(balk.size() - 1).matches("\\[#{30}\\] 10/10 \\(100%\\), \\d+ per seconde, 3 geweigerd"), balk.toString());

        for (String pad : List.of("/medewerkers/I1-jb", "/personen/I1-ouder", "/personen/I1-kind", "/relaties/I1-r1",
                "/dossiers/I1-dossier", "/dossiers/I1-dossier/maatregelen/M1", "/dossiers/I1-dossier/stukken/S1")) {
            assertEquals(200, bron.get(pad).statusCode(), pad + " is opgeslagen");
        }
        for (String pad : List.of("/personen/I1-oma", "/relaties/I1-r2", "/dossiers/I1-dossier/maatregelen/M2")) {
            assertEquals(404, bron.get(pad).statusCode(), pad + " is niet opgeslagen");
        }
        Path geweigerd = map.resolve("gezin.geweigerd.ndjson");
        assertEquals(List.of(bestand().get(2), bestand().get(5), bestand().get(7)), Files.readAllLines(geweigerd));
    }

    @Test
    void hetHeleBestandNogmaalsVerandertNietsEnDeVerbeterdeRegelsGaanErAlsnogIn(@TempDir Path map) throws Exception {
        Path invoer = map.resolve("gezin.ndjson");
        List<String> regels = bestand().stream().map(r -> r.replace("I1-", "I2-").replace("i1-jip", "i2-jip")).toList();
        Files.write(invoer, regels);
        Importeur importeur = new Importeur(Portaal.URL, KeycloakTestResource.REALM_URL, "bronsysteem", "bronsysteem-demo-geheim");
        PrintStream stil = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path geweigerd = map.resolve("fout.ndjson");
        importeur.importeer(invoer, geweigerd, stil, false);

        Importeur.Uitkomst nogEens = importeur.importeer(invoer, geweigerd, stil, false);
        assertEquals(0, nogEens.nieuw());
        assertEquals(7, nogEens.bestaand());
        assertEquals(List.of(3L, 6L, 8L), nogEens.geweigerd().stream().map(Importeur.Weigering::regel).toList());

        List<String> verbeterd = Files.readAllLines(geweigerd).stream()
                .map(r -> r.replace("123456789", Bsns.nieuw()).replace("I2-opa", "I2-oma").replace("\"VOTS\"", "\"VOTS\", \"begindatum\": \"2026-01-05\"}}"))
                .toList();
        Path verbeterdBestand = map.resolve("verbeterd.ndjson");
        Files.write(verbeterdBestand, verbeterd);
        Importeur.Uitkomst daarna = importeur.importeer(verbeterdBestand, map.resolve("verbeterd.geweigerd.ndjson"), stil, false);
        assertEquals(List.of(), daarna.geweigerd());
        assertEquals(3, daarna.nieuw());
        assertFalse(Files.exists(map.resolve("verbeterd.geweigerd.ndjson")), "niets geweigerd, dus geen bestand");
        assertEquals(200, bron.get("/dossiers/I2-dossier/maatregelen/M2").statusCode());
    }

    private static String put(String pad, String body) {
        return "{\"methode\": \"PUT\", \"pad\": \"" + pad + "\", \"body\": " + body + "}";
    }

    private static String persoon(String bsn, String voornaam, String geboren) {
        return "{\"bsn\": \"" + bsn + "\", \"voornaam\": \"" + voornaam + "\", \"achternaam\": \"Dam\", \"geboortedatum\": \"" + geboren + "\"}";
    }

    private static String relatie(String persoon) {
        String kind = persoon.substring(0, 3) + "kind";
        return "{\"soort\": \"ouder\", \"persoon\": \"" + persoon + "\", \"kind\": \"" + kind + "\", \"gezag\": true, \"vanaf\": \"2017-05-02\"}";
    }
}
