package nl.jeugdportaal.klacht;

import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/** In a template, the error or text of the field of one klachtonderdeel: {fouten.perPunt('uitspraak.uitspraak-', o.nummer)}. */
@TemplateExtension
final class Klachtvelden {
    private Klachtvelden() {
    }

    static String perPunt(Map<String, String> waarden, String voorvoegsel, int nummer) {
        return waarden.get(voorvoegsel + nummer);
    }
}
