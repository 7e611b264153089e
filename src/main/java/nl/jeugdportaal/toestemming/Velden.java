package nl.jeugdportaal.toestemming;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading form fields. Nothing here trusts the browser: a select can be forged like any field. */
final class Velden {
    private Velden() {
    }

    static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /** A database id as a form sends it, or null for anything else. */
    static Long id(String tekst) {
        if (leeg(tekst) || !tekst.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(tekst.strip());
    }

    /** An optional end date: empty is fine, unreadable or in the past is not. */
    record Einddatum(LocalDate datum, String fout) {
        static Einddatum lees(String tekst, LocalDate vandaag) {
            if (leeg(tekst)) {
                return new Einddatum(null, null);
            }
            try {
                LocalDate datum = LocalDate.parse(tekst.strip());
                return datum.isBefore(vandaag)
                        ? new Einddatum(null, "Deze einddatum ligt voor vandaag. Kies vandaag of een latere datum.")
                        : new Einddatum(datum, null);
            } catch (DateTimeParseException e) {
                return new Einddatum(null, "Deze datum kunnen we niet lezen. Kies een datum in de kalender.");
            }
        }
    }
}
