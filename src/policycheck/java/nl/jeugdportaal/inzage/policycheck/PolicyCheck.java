package nl.jeugdportaal.inzage.policycheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.inzage.regels.Besluit;
import nl.jeugdportaal.inzage.regels.Inzageantwoord;
import nl.jeugdportaal.inzage.regels.Inzageregels;

/**
 * {@code scripts/policy-check FILE}: answers every question of a scenario file with the portal's own
 * rules and prints {@code {"results":[...]}} (contract: shared/contracts/inzage-scenarios.md).
 * Exit 0 on success; exit 2 with one line on stderr naming the case and the field when the file
 * cannot be read or understood. Nothing is printed to stdout then, so a pipeline never sees half
 * an answer.
 */
public final class PolicyCheck {

    private PolicyCheck() {
    }

    public static void main(String[] args) {
        // The platform default may not be UTF-8; the output must be, whatever the names contain.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: policy-check FILE.json");
            return 2;
        }
        String bestand = args[0];
        try {
            out.print(antwoord(lees(Path.of(bestand))));
            return 0;
        } catch (OngeldigBestand e) {
            err.println(e.regel(bestand));
            return 2;
        }
    }

    /** Reads and checks the whole file before answering anything. */
    public static List<Scenarios.Geval> lees(Path pad) throws OngeldigBestand {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(pad);
        } catch (IOException | SecurityException e) {
            throw new OngeldigBestand(null, null, "cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new OngeldigBestand(null, null, "the file is not valid UTF-8 text");
        }
        Object document;
        try {
            document = Json.lees(tekst);
        } catch (Json.FoutInJson e) {
            throw alsOngeldig(e);
        }
        return Scenarios.lees(document);
    }

    /** A syntax error inside a case is reported like any other: the case, then the field in it. */
    private static OngeldigBestand alsOngeldig(Json.FoutInJson e) {
        String pad = e.pad();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^cases\\[(\\d+)\\]\\.?(.*)$").matcher(pad);
        if (m.matches()) {
            String plek = "cases[" + m.group(1) + "]";
            String c = e.caseNaam() == null ? plek : "\"" + e.caseNaam() + "\" (" + plek + ")";
            return new OngeldigBestand(c, m.group(2).isEmpty() ? null : m.group(2), e.getMessage());
        }
        return new OngeldigBestand(null, pad.isEmpty() ? null : pad, e.getMessage());
    }

    /** The answers as the contract's JSON document, one result per line for people reading it. */
    public static String antwoord(List<Scenarios.Geval> gevallen) {
        Inzageregels regels = new Inzageregels();
        StringBuilder b = new StringBuilder("{\"results\":[");
        boolean eerst = true;
        for (Scenarios.Geval g : gevallen) {
            for (Scenarios.Vraag v : g.vragen()) {
                Scenarios.Stuk stuk = g.stukken().get(v.stuk());
                Inzageantwoord antwoord = regels.beantwoord(g.situatie(), v.kijker(), stuk.vraag(), g.vandaag());
                Besluit besluit = antwoord.besluit();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("case", g.naam());
                r.put("viewer", v.kijker());
                r.put("entry", v.stuk());
                r.put("allowed", besluit.toegestaan());
                r.put("reason", besluit.reden());
                if (!stuk.delen().isEmpty()) {
                    List<Object> delen = new java.util.ArrayList<>();
                    for (Besluit deel : antwoord.delen()) {
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("allowed", deel.toegestaan());
                        d.put("reason", deel.reden());
                        delen.add(d);
                    }
                    r.put("delen", delen);
                }
                b.append(eerst ? "\n" : ",\n");
                eerst = false;
                Json.schrijf(b, r);
            }
        }
        b.append(eerst ? "]}\n" : "\n]}\n");
        return b.toString();
    }
}
