package nl.jeugdportaal.bronsysteem.importeren;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scripts/import FILE}: the first load of a GI, a newline-delimited JSON file of calls of
 * the registratie API (see {@link Aanroep}), sent one after the other in file order (a relation
 * needs its persons first) through the API itself, with the bronsysteem's own token. Every PUT is
 * idempotent, so running the whole file again is safe; the refused lines are also written to a file
 * of their own, to be fixed and run on their own.
 */
public final class Importeur {
    private static final int POGINGEN = 3;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String basis;
    private final Toegang toegang;

    /** A refused line: its number in the file, the status (0: never sent or no answer) and why. */
    public record Weigering(long regel, int status, String reden, List<String> fouten) {
        String alsTekst() {
            return "regel " + regel + (status > 0 ? " (" + status + ")" : "") + ": " + reden
                    + (fouten.isEmpty() ? "" : "\n    " + String.join("\n    ", fouten));
        }
    }

    public record Uitkomst(long aanroepen, long nieuw, long bestaand, long verwijderd, List<Weigering> geweigerd) {
    }

    public Importeur(String portaal, String keycloakRealm, String clientId, String geheim) {
        this.basis = portaal.replaceAll("/+$", "") + "/api/registratie/v1";
        this.toegang = new Toegang(http, keycloakRealm, clientId, geheim);
    }

    public Uitkomst importeer(Path bestand, Path geweigerdBestand, PrintStream voortgangUit, boolean terminal)
            throws IOException, InterruptedException {
        long totaal;
        try (var regels = Files.lines(bestand, StandardCharsets.UTF_8)) {
            totaal = regels.filter(r -> !r.isBlank()).count();
        }
        toegang.token();
        Voortgang voortgang = new Voortgang(voortgangUit, totaal, terminal);
        Path map = bestand.toAbsolutePath().getParent();
        List<Weigering> geweigerd = new ArrayList<>();
        long gedaan = 0, nieuw = 0, bestaand = 0, verwijderd = 0, nummer = 0;
        Files.deleteIfExists(geweigerdBestand);
        BufferedWriter weigeringen = null;
        try (BufferedReader lezer = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                nummer++;
                if (regel.isBlank()) {
                    continue;
                }
                Weigering w = null;
                try {
                    Aanroep a = Aanroep.lees(json, regel, map);
                    Antwoord antwoord = stuur(a);
                    if (!antwoord.gelukt(a)) {
                        w = weigering(nummer, antwoord);
                    } else if (a.methode().equals("DELETE")) {
                        verwijderd++;
                    } else if (antwoord.status() == 201) {
                        nieuw++;
                    } else {
                        bestaand++;
                    }
                } catch (Aanroep.OngeldigeRegel e) {
                    w = new Weigering(nummer, 0, e.getMessage(), List.of());
                } catch (IOException e) {
                    w = new Weigering(nummer, 0, "Niet verstuurd: " + e, List.of());
                }
                if (w != null) {
                    geweigerd.add(w);
                    if (weigeringen == null) {
                        weigeringen = Files.newBufferedWriter(geweigerdBestand, StandardCharsets.UTF_8);
                    }
                    weigeringen.write(regel);
                    weigeringen.newLine();
                }
                voortgang.stand(++gedaan, geweigerd.size());
            }
        } finally {
            if (weigeringen != null) {
                weigeringen.close();
            }
            voortgang.klaar();
        }
        return new Uitkomst(gedaan, nieuw, bestaand, verwijderd, geweigerd);
    }

    private record Antwoord(int status, String body) {
        /** A DELETE of a stuk destroyed before (410) is done too, so the whole file can run again. */
        boolean gelukt(Aanroep a) {
            return status < 300 || status == 410 && a.methode().equals("DELETE");
        }
    }

    /** Sends one call. A portal that does not answer or answers 5xx is asked again a few times first. */
    private Antwoord stuur(Aanroep a) throws IOException, InterruptedException, Aanroep.OngeldigeRegel {
        HttpRequest.BodyPublisher inhoud = a.pdf() != null ? pdf(a)
                : a.body() != null ? HttpRequest.BodyPublishers.ofString(a.body(), StandardCharsets.UTF_8)
                : HttpRequest.BodyPublishers.noBody();
        String type = a.pdf() != null ? "application/pdf" : "application/json";
        boolean vernieuwd = false;
        for (int poging = 1; ; poging++) {
            HttpResponse<String> antwoord;
            try {
                antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + a.pad())).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + toegang.token()).header("Content-Type", type)
                        .method(a.methode(), inhoud).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (poging == POGINGEN) {
                    throw e;
                }
                Thread.sleep(1000L << poging);
                continue;
            }
            int status = antwoord.statusCode();
            if (status == 401 && !vernieuwd) {
                toegang.vernieuw();
                vernieuwd = true;
            } else if (status >= 500 && poging < POGINGEN) {
                Thread.sleep(1000L << poging);
            } else {
                return new Antwoord(status, antwoord.body());
            }
        }
    }

    private static HttpRequest.BodyPublisher pdf(Aanroep a) throws Aanroep.OngeldigeRegel {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(a.pdf()));
        } catch (IOException e) {
            throw new Aanroep.OngeldigeRegel("Het bestand " + a.pdf() + " is niet te lezen.");
        }
    }

    /** The reason of the problem+json answer: its title and every {veld, melding} of fouten. */
    private Weigering weigering(long regel, Antwoord antwoord) {
        int status = antwoord.status();
        String body = antwoord.body();
        try {
            JsonNode p = json.readTree(body);
            List<String> fouten = new ArrayList<>();
            p.path("fouten").forEach(f -> fouten.add(f.path("veld").asText() + ": " + f.path("melding").asText()));
            return new Weigering(regel, status, p.path("title").asText("Geweigerd."), fouten);
        } catch (IOException e) {
            return new Weigering(regel, status, body.isBlank() ? "Geweigerd." : body.substring(0, Math.min(200, body.length())), List.of());
        }
    }

    public static void main(String[] args) throws Exception {
        System.exit(Opdrachtregel.voerUit(args, System.out, System.err));
    }
}
