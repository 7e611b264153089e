package nl.jeugdportaal.klacht.formulier;

import java.time.LocalDate;
import nl.jeugdportaal.klacht.regels.JaNee;
import nl.jeugdportaal.klacht.regels.Keuzelijst;
import org.jboss.resteasy.reactive.RestForm;

/** The klager's forms on their complaint; {@code namens} is the client a vertrouwenspersoon acts for. */
public final class Klagerformulieren {
    private Klagerformulieren() {
    }

    /** "Klopt het verslag?" of the gesprek of {@code stap}: a "nee" needs a reaction. */
    public record Klopt(@RestForm String namens, @RestForm String stap,
            @RestForm @Keuze(value = JaNee.class, fout = Keuzefout.KLOPT) String klopt,
            @RestForm @Vrijetekst(verplicht = false) String reactie) {

        public int stapnummer() {
            return "2".equals(stap) ? 2 : 1;
        }

        public JaNee antwoord() {
            return Keuzelijst.lees(JaNee.class, klopt);
        }

        public boolean reactieOntbreekt() {
            return antwoord() == JaNee.NEE && (reactie == null || reactie.isBlank());
        }
    }

    /** The day the klager sent the complaint to the KJMN themselves. */
    public record NaarKjmn(@RestForm String namens, @RestForm @Datum String datum) {
        public LocalDate dag() {
            return Datum.Controle.lees(datum);
        }
    }
}
