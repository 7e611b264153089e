package nl.jeugdportaal.bronsysteem.importeren;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The options of {@code scripts/import} and the summary it prints. */
final class Opdrachtregel {
    static final String GEBRUIK = """
            Gebruik: scripts/import [opties] BESTAND
              BESTAND             één API-aanroep per regel (JSON), zie de README
              --portaal URL       het portaal (standaard $JEUGDPORTAAL_URL of http://localhost:8080)
              --keycloak URL      de realm (standaard $JEUGDPORTAAL_KEYCLOAK_REALM of
                                  http://127.0.0.1:8180/realms/jeugdportaal)
              --client ID         de client (standaard $BRONSYSTEEM_CLIENT_ID of bronsysteem)
              --geheim GEHEIM     het geheim (standaard $BRONSYSTEEM_GEHEIM of het demogeheim;
                                  geef het liever in de omgeving: de opdrachtregel ziet iedereen in ps)
              --geweigerd BESTAND waar de geweigerde regels komen (standaard BESTAND met .geweigerd)
            Uitkomst: 0 alles opgeslagen, 1 regels geweigerd, 2 niet gestart.""";

    private static final Set<String> OPTIES = Set.of("--portaal", "--keycloak", "--client", "--geheim", "--geweigerd");

    private Opdrachtregel() {
    }

    static int voerUit(String[] args, PrintStream uit, PrintStream fout) throws InterruptedException {
        Map<String, String> opties = new HashMap<>();
        Path bestand = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                opties.put(args[i], args[++i]);
            } else if (bestand == null && !args[i].startsWith("--")) {
                bestand = Path.of(args[i]);
            } else {
                fout.println(GEBRUIK);
                return 2;
            }
        }
        if (bestand == null || !Files.isReadable(bestand)
                || !OPTIES.containsAll(opties.keySet())) {
            fout.println(bestand == null || Files.isReadable(bestand) ? GEBRUIK : "Kan " + bestand + " niet lezen.");
            return 2;
        }
        Path geweigerd = Path.of(opties.getOrDefault("--geweigerd", metGeweigerd(bestand.toString())));
        if (geweigerd.toAbsolutePath().normalize().equals(bestand.toAbsolutePath().normalize())) {
            fout.println("--geweigerd moet een ander bestand zijn dan " + bestand + ": het wordt eerst leeggemaakt.");
            return 2;
        }
        Importeur importeur = new Importeur(
                optie(opties, "--portaal", "JEUGDPORTAAL_URL", "http://localhost:8080"),
                optie(opties, "--keycloak", "JEUGDPORTAAL_KEYCLOAK_REALM", "http://127.0.0.1:8180/realms/jeugdportaal"),
                optie(opties, "--client", "BRONSYSTEEM_CLIENT_ID", "bronsysteem"),
                optie(opties, "--geheim", "BRONSYSTEEM_GEHEIM", "bronsysteem-demo-geheim"));
        Importeur.Uitkomst u;
        try {
            u = importeur.importeer(bestand, geweigerd, fout, System.console() != null);
        } catch (Toegang.GeenToegang | java.io.IOException e) {
            fout.println("Niet gestart: " + e.getMessage());
            return 2;
        }
        uit.printf("%d aanroepen: %d nieuw, %d bijgewerkt of al gelijk, %d vernietigd, %d geweigerd.%n",
                u.aanroepen(), u.nieuw(), u.bestaand(), u.verwijderd(), u.geweigerd().size());
        if (u.geweigerd().isEmpty()) {
            return 0;
        }
        uit.println("Geweigerd:");
        u.geweigerd().forEach(w -> uit.println("  " + w.alsTekst()));
        uit.println("De geweigerde regels staan in " + geweigerd + ": verbeter ze en importeer dat bestand"
                + " (of het hele bestand nog eens; wat al is opgeslagen, verandert dan niet).");
        return 1;
    }

    /** gezinnen.ndjson becomes gezinnen.geweigerd.ndjson. */
    static String metGeweigerd(String bestand) {
        int punt = bestand.lastIndexOf('.');
        return punt > bestand.lastIndexOf('/') + 1 ? bestand.substring(0, punt) + ".geweigerd" + bestand.substring(punt)
                : bestand + ".geweigerd";
    }

    private static String optie(Map<String, String> opties, String naam, String omgeving, String standaard) {
        String waarde = opties.get(naam);
        if (waarde == null) {
            waarde = System.getenv(omgeving);
        }
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }
}
