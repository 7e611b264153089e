package nl.jeugdportaal.rechten;

import io.quarkus.qute.TemplateGlobal;
import nl.jeugdportaal.rechten.regels.Rechtsgang;

/** The numbers of the rules that the route texts name, so a template says what the rule says. */
final class Rechtenvelden {
    @TemplateGlobal
    static final int opheffenLeeftijd = Rechtsgang.OPHEFFEN_VANAF_LEEFTIJD;

    private Rechtenvelden() {
    }
}
