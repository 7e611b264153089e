package nl.jeugdportaal.klacht;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import java.util.List;
import java.util.Map;
import nl.jeugdportaal.klacht.regels.Gespreksuitkomst;
import nl.jeugdportaal.klacht.regels.Uitspraak;

/**
 * For the staff forms: the error or text of the field of one klachtonderdeel
 * ({fouten.perPunt('uitspraak.uitspraak-', o.nummer)}), and the choices of the outcome and ruling
 * fields, which the template names with the klacht bundle.
 */
@TemplateExtension
final class Klachtvelden {
    @TemplateGlobal
    static final List<Gespreksuitkomst> klachtUitkomsten = List.of(Gespreksuitkomst.values());
    @TemplateGlobal
    static final List<Uitspraak> klachtUitspraken = List.of(Uitspraak.values());

    private Klachtvelden() {
    }

    static String perPunt(Map<String, String> waarden, String voorvoegsel, int nummer) {
        return waarden.get(voorvoegsel + nummer);
    }
}
