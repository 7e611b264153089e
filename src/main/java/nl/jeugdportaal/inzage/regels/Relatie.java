package nl.jeugdportaal.inzage.regels;

import java.time.LocalDate;
import java.util.Objects;

/**
 * "{@code persoon} is {@code soort} of {@code van}", valid from {@code vanaf} through {@code tot}
 * (inclusive, {@code null} = open). {@code gezag} only means something for {@link Relatiesoort#OUDER}:
 * a voogd always holds gezag, and a vertegenwoordiger never does. A holder under 18 holds no gezag
 * (BW 1:246) unless {@code meerderjarigVerklaard}: a parent of 16 or 17 whom the kinderrechter
 * declared meerderjarig for it (BW 1:253ha).
 */
public record Relatie(Relatiesoort soort, String persoon, String van, boolean gezag, LocalDate vanaf, LocalDate tot,
        boolean meerderjarigVerklaard) {

    public Relatie {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(persoon, "persoon");
        Objects.requireNonNull(van, "van");
        Periode.controleer(vanaf, tot, "relatie " + persoon + " -> " + van);
    }

    public Relatie(Relatiesoort soort, String persoon, String van, boolean gezag, LocalDate vanaf, LocalDate tot) {
        this(soort, persoon, van, gezag, vanaf, tot, false);
    }

    public static Relatie ouder(String ouder, String kind, boolean gezag) {
        return new Relatie(Relatiesoort.OUDER, ouder, kind, gezag, null, null);
    }

    public static Relatie voogd(String voogd, String kind) {
        return new Relatie(Relatiesoort.VOOGD, voogd, kind, true, null, null);
    }

    public static Relatie vertegenwoordiger(String vertegenwoordiger, String volwassene) {
        return new Relatie(Relatiesoort.VERTEGENWOORDIGER, vertegenwoordiger, volwassene, false, null, null);
    }

    public Relatie geldig(LocalDate nieuwVanaf, LocalDate nieuwTot) {
        return new Relatie(soort, persoon, van, gezag, nieuwVanaf, nieuwTot, meerderjarigVerklaard);
    }

    public Relatie alsMeerderjarigVerklaard() {
        return new Relatie(soort, persoon, van, gezag, vanaf, tot, true);
    }

    public boolean geldigOp(LocalDate dag) {
        return Periode.bevat(vanaf, tot, dag);
    }

    /** Whether the relation carries gezag by its registration. The end at 18 is applied by the rules. */
    boolean geeftGezag() {
        return soort == Relatiesoort.VOOGD || (soort == Relatiesoort.OUDER && gezag);
    }
}
