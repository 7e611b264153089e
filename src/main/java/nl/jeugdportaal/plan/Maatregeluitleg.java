package nl.jeugdportaal.plan;

import java.util.List;
import nl.jeugdportaal.registratie.Maatregel;
import nl.jeugdportaal.registratie.MaatregelSoort;

/** What happens when a measure ends, in plain words (seed 000, DOMAIN.md §5). */
final class Maatregeluitleg {
    private Maatregeluitleg() {
    }

    static String einde(MaatregelSoort soort) {
        return switch (soort) {
            case OTS -> "Een OTS duurt hooguit 1 jaar. Is er dan nog zorg? Dan kan de kinderrechter de OTS verlengen."
                    + " Dat is steeds voor hooguit 1 jaar. De kinderrechter hoort eerst de ouders en het kind."
                    + " Is het wel beter gegaan? Dan kijkt de Raad voor de Kinderbescherming of de OTS kan stoppen."
                    + " Dat heet toetsing. Als het kind 18 jaar wordt, stopt de OTS altijd.";
            case VOTS -> "Een VOTS duurt hooguit 3 maanden. In die tijd zoekt de Raad voor de Kinderbescherming uit"
                    + " wat nodig is. Daarna kiest de kinderrechter: een OTS, of de VOTS stopt.";
            case MACHTIGING_UITHUISPLAATSING -> "Een machtiging uithuisplaatsing geldt hooguit 1 jaar."
                    + " Kan het kind dan nog niet thuis wonen? Dan kan de kinderrechter de machtiging verlengen."
                    + " De kinderrechter hoort eerst de ouders en het kind. Na 2 jaar geeft de Raad voor de"
                    + " Kinderbescherming eerst advies. Kan het kind weer thuis wonen? Dan moet de Raad dat ook goed vinden.";
            case VOOGDIJ -> "De voogdij loopt tot het kind 18 jaar wordt. Dan stopt de voogdij vanzelf.";
        };
    }

    /** The short name used in the term checks ("verlenging van de OTS"). */
    static String kort(MaatregelSoort soort) {
        return switch (soort) {
            case OTS -> "OTS";
            case VOTS -> "VOTS";
            case MACHTIGING_UITHUISPLAATSING -> "machtiging uithuisplaatsing";
            case VOOGDIJ -> "voogdij";
        };
    }

    /** Parents most often do not know what must change for the OTS to stop (seed 002 §2.2): ask it plainly. */
    static String veranderKop(List<Maatregel> lopend) {
        return lopend.stream().map(m -> m.soort)
                .filter(s -> s == MaatregelSoort.OTS || s == MaatregelSoort.VOTS)
                .findFirst()
                .map(s -> "Wat moet er veranderen zodat de " + kort(s) + " kan stoppen?")
                .orElse(lopend.isEmpty() ? "Wat moest er veranderen?" : "Wat is het doel van het plan?");
    }
}
