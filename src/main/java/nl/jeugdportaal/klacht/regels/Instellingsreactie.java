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

    /** What is missing, by part number; empty when the answer is complete. */
    public static Map<Integer, String> ontbreekt(List<Onderdeel> onderdelen) {
        Map<Integer, String> fouten = new LinkedHashMap<>();
        for (Onderdeel o : onderdelen) {
            if (o.uitspraak() == null) {
                fouten.put(o.nummer(), "De KJMN heeft over punt " + o.nummer() + " nog geen uitspraak. Vul die eerst in.");
            } else if (o.uitspraak().vraagtMaatregel() && o.overgenomen() == null) {
                fouten.put(o.nummer(), "Kies of de GI de uitspraak over punt " + o.nummer() + " overneemt.");
            } else if (o.uitspraak().vraagtMaatregel() && (o.maatregel() == null || o.maatregel().isBlank())) {
                fouten.put(o.nummer(), "Schrijf welke maatregel volgt uit punt " + o.nummer()
                        + ". Neemt de GI de uitspraak niet over? Schrijf dan waarom niet.");
            }
        }
        return fouten;
    }
}
