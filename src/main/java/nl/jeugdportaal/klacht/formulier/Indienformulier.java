package nl.jeugdportaal.klacht.formulier;

import nl.jeugdportaal.klacht.regels.Aard;
import nl.jeugdportaal.klacht.regels.Keuzelijst;
import nl.jeugdportaal.klacht.regels.Ondersteuning;
import nl.jeugdportaal.klacht.regels.Route;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The complaint form as the klager filled it in, kept as typed so a form with an error shows it
 * again (an absent field as empty text). Who the klager can say they are depends on their relation
 * to the child, so {@code klager} is checked where that is known.
 */
public record Indienformulier(
        @RestForm String kind,
        @RestForm String namens,
        @RestForm @Vrijetekst String tekst,
        @RestForm @Punten String onderdelen,
        @RestForm @Keuze(value = Route.class, fout = Keuzefout.ROUTE) String route,
        @RestForm @Keuze(value = Aard.class, fout = Keuzefout.AARD) String aard,
        @RestForm @Keuze(value = Ondersteuning.class, fout = Keuzefout.ONDERSTEUNING) String ondersteuning,
        @RestForm String klager,
        @RestForm String andereJeugdbeschermer) {

    public static final Indienformulier LEEG = new Indienformulier(null, null, null, null, null, null, null, null, null);

    public Indienformulier {
        tekst = leegAlsNull(tekst);
        onderdelen = leegAlsNull(onderdelen);
        route = leegAlsNull(route);
        aard = leegAlsNull(aard);
        ondersteuning = leegAlsNull(ondersteuning);
        klager = leegAlsNull(klager);
    }

    private static String leegAlsNull(String waarde) {
        return waarde == null ? "" : waarde;
    }

    /** The box is ticked whatever value it sends. */
    public boolean andereJeugdbeschermerGevraagd() {
        return andereJeugdbeschermer != null;
    }

    public Route gekozenRoute() {
        return Keuzelijst.lees(Route.class, route);
    }

    public Aard gekozenAard() {
        return Keuzelijst.lees(Aard.class, aard);
    }

    public Ondersteuning gekozenOndersteuning() {
        return Keuzelijst.lees(Ondersteuning.class, ondersteuning);
    }
}
