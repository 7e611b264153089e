package nl.jeugdportaal.audit;

import java.util.Locale;

/**
 * The one thing an audit row is about, written into its toelichting as "klacht 12" or
 * "toestemming 4 aan persoon 7". The text is stable: the FG searches for it, and the log is read
 * years later.
 */
public record Onderwerp(Soort soort, Long id, Long aanPersoon) {
    public enum Soort {
        KLACHT, VERZOEK, PLANPUNT, TOESTEMMING, MACHTIGING
    }

    public static Onderwerp klacht(Long id) {
        return new Onderwerp(Soort.KLACHT, id, null);
    }

    public static Onderwerp verzoek(Long id) {
        return new Onderwerp(Soort.VERZOEK, id, null);
    }

    public static Onderwerp planpunt(Long id) {
        return new Onderwerp(Soort.PLANPUNT, id, null);
    }

    /** A toestemming given to {@code aanPersoon}: the person who may now read. */
    public static Onderwerp toestemming(Long id, Long aanPersoon) {
        return new Onderwerp(Soort.TOESTEMMING, id, aanPersoon);
    }

    /** A machtiging given to {@code aanPersoon}: the vertrouwenspersoon. */
    public static Onderwerp machtiging(Long id, Long aanPersoon) {
        return new Onderwerp(Soort.MACHTIGING, id, aanPersoon);
    }

    public String tekst() {
        String tekst = soort.name().toLowerCase(Locale.ROOT) + " " + id;
        return aanPersoon == null ? tekst : tekst + " aan persoon " + aanPersoon;
    }
}
