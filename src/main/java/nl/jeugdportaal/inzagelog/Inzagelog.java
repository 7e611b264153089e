package nl.jeugdportaal.inzagelog;

import java.util.List;

/**
 * "Wie heeft mijn gegevens bekeken?": one page of the log lines about one person, readable for that
 * person. {@code ouder} and {@code nieuwer} are the links to the next pages, null at either end.
 */
public record Inzagelog(
        Long persoonId,
        String persoonNaam,
        boolean jeVorm,
        List<Keuze> keuzes,
        List<Regel> regels,
        String ouder,
        String nieuwer) {

    /** Whose log the viewer may read: themselves, and children whose data they may see. */
    public record Keuze(Long persoonId, String naam, boolean gekozen) {
    }

    /** One page view or event. {@code stukken}: the entries it showed of this person's data. */
    public record Regel(String tijdstip, String wie, String rol, String namens, String wat, List<String> stukken,
            String uitkomst, String regel) {
    }
}
