package nl.jeugdportaal.plan;

import java.util.List;

/**
 * What the plan page shows one viewer, in the page's language (the JSON API always gets Dutch).
 * Glossary terms in these texts are linked with the rest of the page, after rendering.
 */
public record Planweergave(
        Long kindId,
        String kindNaam,
        String kindVoornaam,
        boolean jeVorm,
        boolean medewerker,
        boolean magInbrengen,
        List<Maatregelregel> maatregelen,
        boolean heeftPlan,
        String planStatus,
        String volgendeEvaluatie,
        List<Fasestap> fases,
        String faseTekst,
        String veranderKop,
        String watMoetVeranderen,
        List<Punt> voorwaarden,
        List<Punt> veiligheidsplan,
        List<Punt> planVanAanpak,
        List<Termijnregel> termijnen,
        String inbrengMoment,
        List<Inbrengregel> meningen,
        String fgpKeuze,
        boolean jbtGepland) {

    /** One measure with its dates and, in words, what happens when it ends. */
    public record Maatregelregel(String naam, String sinds, String tot, boolean loopt, String einde) {
    }

    /** One phase drawn in the timeline: {@code x} places it, {@code stand} says it in words. */
    public record Fasestap(int nummer, String naam, String wat, String stand, String patroon, boolean huidig, int x) {
    }

    /** {@code verborgen}: why this viewer does not see the point (then text and status are null). */
    public record Punt(String soort, String tekst, String status, String statusCode, String verborgen) {
    }

    public record Termijnregel(String wat, String regel, String uiterlijk, String status, String statusCode,
            String toelichting, boolean probleem) {
    }

    public record Inbrengregel(String naam, String onderwerp, String datum, String tekst) {
    }
}
