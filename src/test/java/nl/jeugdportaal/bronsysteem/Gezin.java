package nl.jeugdportaal.bronsysteem;

import java.time.LocalDate;
import nl.jeugdportaal.testsupport.Bronsysteem;
import nl.jeugdportaal.testsupport.Bsns;

/**
 * A family registered through the API the way a GI would: staff, a team, a parent with gezag, a
 * child and a dossier, all under ids with one prefix so several tests never meet.
 */
final class Gezin {
    final String prefix;
    final String ouder;
    final String kind;
    final String jeugdbeschermer;
    final String dossier;
    final String ouderBsn = Bsns.nieuw();
    final String kindBsn = Bsns.nieuw();

    private Gezin(String prefix) {
        this.prefix = prefix;
        ouder = prefix + "-ouder";
        kind = prefix + "-kind";
        jeugdbeschermer = prefix + "-jb";
        dossier = prefix + "-dossier";
    }

    static Gezin registreer(Bronsysteem bron, String prefix, LocalDate vandaag) {
        Gezin g = new Gezin(prefix);
        bron.zet("/medewerkers/" + g.jeugdbeschermer, """
                {"voornaam": "Jip", "achternaam": "Visser", "functie": "jeugdbeschermer", "login": "%s"}""".formatted(prefix.toLowerCase() + "-jip"));
        bron.zet("/personen/" + g.ouder, """
                {"bsn": "%s", "voornaam": "Roos", "tussenvoegsel": "van", "achternaam": "Dam", "geboortedatum": "%s"}"""
                .formatted(g.ouderBsn, vandaag.minusYears(38)));
        bron.zet("/personen/" + g.kind, """
                {"bsn": "%s", "voornaam": "Mees", "tussenvoegsel": "van", "achternaam": "Dam", "geboortedatum": "%s"}"""
                .formatted(g.kindBsn, vandaag.minusYears(9)));
        bron.zet("/relaties/" + prefix + "-r1", g.relatie(vandaag.minusYears(9), null));
        bron.zet("/dossiers/" + g.dossier, """
                {"kind": "%s", "jeugdbeschermer": "%s", "geopend": "%s"}""".formatted(g.kind, g.jeugdbeschermer, vandaag.minusMonths(6)));
        bron.zet("/dossiers/" + g.dossier + "/maatregelen/M1", """
                {"soort": "OTS", "begindatum": "%s", "einddatum": "%s"}""".formatted(vandaag.minusMonths(6), vandaag.plusMonths(6)));
        return g;
    }

    String relatie(LocalDate vanaf, LocalDate tot) {
        return """
                {"soort": "ouder", "persoon": "%s", "kind": "%s", "gezag": true, "vanaf": "%s"%s}"""
                .formatted(ouder, kind, vanaf, tot == null ? "" : ", \"tot\": \"" + tot + "\"");
    }

    String stuk(String titel, String over, String extra) {
        return """
                {"datum": "2026-01-10", "soort": "GESPREKSVERSLAG", "auteur": "Jip Visser, jeugdbeschermer",
                 "titel": "%s", "tekst": "Tekst van %s.", "over": [%s]%s}""".formatted(titel, titel, over, extra);
    }
}
