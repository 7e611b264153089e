package nl.jeugdportaal.toestemming;

import java.time.LocalDate;
import nl.jeugdportaal.tijd.Datuminvoer;
import nl.jeugdportaal.web.FormulierTekst;

/** Reading form fields. Nothing here trusts the browser: a select can be forged like any field. */
final class Velden {
    private Velden() {
    }

    static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /** An optional end date: empty is fine, unreadable or in the past is not. */
    record Einddatum(LocalDate datum, String fout) {
        static Einddatum lees(String tekst, LocalDate vandaag, FormulierTekst teksten) {
            Datuminvoer.Uitkomst invoer = Datuminvoer.lees(tekst);
            if (invoer.fout() != null) {
                return new Einddatum(null, invoer.fout() == Datuminvoer.Fout.ONLEESBAAR ? teksten.datumOnleesbaar()
                        : teksten.datumBuitenBereik());
            }
            LocalDate datum = invoer.datum();
            return datum != null && datum.isBefore(vandaag) ? new Einddatum(null, teksten.einddatumVoorVandaag())
                    : new Einddatum(datum, null);
        }
    }
}
