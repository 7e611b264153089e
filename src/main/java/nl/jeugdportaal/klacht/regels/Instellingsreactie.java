package nl.jeugdportaal.klacht.regels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 002 (KJMN secretariaat): the GI's answer to an uitspraak often left out which measures
 * follow from a gegrond part. The portal refuses an answer that does not say, for every gegrond
 * or deels gegrond part, whether the GI adopts the ruling and which measure follows.
 */
public final class Instellingsreactie {
    /** One part as the staff member filled it in; {@code overgenomen} is null when not chosen. */
    public record Onderdeel(int nummer, Uitspraak uitspraak, Boolean overgenomen, String maatregel) {
    }

    private Instellingsreactie() {
    }

    /** What a part still lacks; the page says it in the reader's language. */
    public enum Ontbreekt {
        UITSPRAAK,
        OVERNEMEN,
        MAATREGEL
    }

    /** What is missing, by part number; empty when the answer is complete. */
    public static Map<Integer, Ontbreekt> ontbreekt(List<Onderdeel> onderdelen) {
        Map<Integer, Ontbreekt> fouten = new LinkedHashMap<>();
        for (Onderdeel o : onderdelen) {
            if (o.uitspraak() == null) {
                fouten.put(o.nummer(), Ontbreekt.UITSPRAAK);
            } else if (o.uitspraak().vraagtMaatregel() && o.overgenomen() == null) {
                fouten.put(o.nummer(), Ontbreekt.OVERNEMEN);
            } else if (o.uitspraak().vraagtMaatregel() && (o.maatregel() == null || o.maatregel().isBlank())) {
                fouten.put(o.nummer(), Ontbreekt.MAATREGEL);
            }
        }
        return fouten;
    }
}
