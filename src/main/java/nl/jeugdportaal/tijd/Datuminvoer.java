package nl.jeugdportaal.tijd;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date as a person typed it in a form. Only 1900 to 2100 is a date anyone in a jeugdbeschermingszaak
 * means; outside it (year 0, year 20260) PostgreSQL and the term calculations would stumble, so such a
 * date is refused like an unreadable one, each with its own message.
 */
public final class Datuminvoer {
    public static final LocalDate EERSTE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATSTE = LocalDate.of(2100, 12, 31);

    public enum Fout { ONLEESBAAR, BUITEN_BEREIK }

    /** The date, or the reason there is none; both null when nothing was typed. */
    public record Uitkomst(LocalDate datum, Fout fout) {
        public boolean leeg() {
            return datum == null && fout == null;
        }
    }

    private Datuminvoer() {
    }

    public static Uitkomst lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return new Uitkomst(null, null);
        }
        try {
            LocalDate datum = LocalDate.parse(tekst.strip());
            return datum.isBefore(EERSTE) || datum.isAfter(LAATSTE) ? new Uitkomst(null, Fout.BUITEN_BEREIK)
                    : new Uitkomst(datum, null);
        } catch (DateTimeParseException e) {
            return new Uitkomst(null, Fout.ONLEESBAAR);
        }
    }
}
