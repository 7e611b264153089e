package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The GI registered that {@code persoon} cannot judge their own interests, from {@code vanaf}
 * through {@code tot} (inclusive, {@code null} = open).
 */
public record Wilsonbekwaamheid(String persoon, LocalDate vanaf, LocalDate tot) {

    public Wilsonbekwaamheid {
        Objects.requireNonNull(persoon, "persoon");
        Periode.controleer(vanaf, tot, "wilsonbekwaamheid " + persoon);
    }

    public static Wilsonbekwaamheid van(String persoon) {
        return new Wilsonbekwaamheid(persoon, null, null);
    }

    public boolean geldigOp(LocalDate dag) {
        return Periode.bevat(vanaf, tot, dag);
    }
}
