package nl.jeugdportaal.inzage.regels;

import java.util.Objects;

/**
 * The answer to one inzage question.
 *
 * @param toegestaan whether the viewer may see it
 * @param regel      the rule that decided; {@link Regel#code()} goes into the audit log
 * @param persoon    whose data the deciding rule was about (for a refusal: the first subject the
 *                   viewer may not see); {@code null} when no single person decided (staff, shielded)
 * @param reden      the B1 sentences the portal shows this viewer ("u" or "je")
 * @param nodig      for a refusal: what would be needed, as a short phrase (whose toestemming, which
 *                   birthday); {@code null} when allowed
 */
public record Besluit(boolean toegestaan, Regel regel, String persoon, String reden, String nodig) {

    public Besluit {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(reden, "reden");
        if (toegestaan != regel.staatToe()) {
            throw new IllegalArgumentException("regel " + regel + " past niet bij toegestaan=" + toegestaan);
        }
        if (toegestaan && nodig != null) {
            throw new IllegalArgumentException("een toegestaan besluit heeft geen 'nodig'");
        }
    }

    static Besluit ja(Regel regel, String persoon, String reden) {
        return new Besluit(true, regel, persoon, reden, null);
    }

    static Besluit nee(Regel regel, String persoon, String reden, String nodig) {
        return new Besluit(false, regel, persoon, reden, nodig);
    }
}
