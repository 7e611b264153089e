package nl.jeugdportaal.audit;

import java.util.List;

/** "Wie heeft mijn gegevens bekeken?": the log lines about one person, readable for that person. */
public record Inzagelog(
        Long persoonId,
        String persoonNaam,
        boolean jeVorm,
        List<Keuze> keuzes,
        List<Regel> regels,
        boolean afgekapt) {

    /** Whose log the viewer may read: themselves, and children whose data they may see. */
    public record Keuze(Long persoonId, String naam, boolean gekozen) {
    }

    public record Regel(String tijdstip, String wie, String rol, String namens, String wat, String stuk,
            String uitkomst, String regel) {
    }
}
