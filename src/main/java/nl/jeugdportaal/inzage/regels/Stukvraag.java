package nl.jeugdportaal.inzage.regels;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules need to know of one stuk: its subjects, whether the GI shielded it, its soort (court
 * papers follow {@link Inzageregels#isProcesstuk}) and its delen, each with its own subjects
 * (DOMAIN §2 rule 10; empty for a stuk the GI did not split).
 */
public record Stukvraag(Set<String> over, boolean afgeschermd, String soort, List<Set<String>> delen) {

    public Stukvraag {
        Objects.requireNonNull(over, "over");
        delen = delen == null ? List.of() : List.copyOf(delen);
    }

    public static Stukvraag over(Set<String> over, boolean afgeschermd) {
        return new Stukvraag(over, afgeschermd, null, List.of());
    }
}
