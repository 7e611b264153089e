package nl.jeugdportaal.inzage;

import nl.jeugdportaal.registratie.StukSoort;
import nl.jeugdportaal.tijd.Datuminvoer;
import nl.jeugdportaal.web.FormulierTekst;
import nl.jeugdportaal.web.Taal;

/**
 * The filter as typed; a date that cannot be read is reported next to the field, in {@code taal},
 * and ignored.
 */
public record Filterinvoer(Dossierweergave.Filter filter, String fout) {
    public static Filterinvoer lees(String soort, String van, String tot, Taal taal) {
        StukSoort s = null;
        for (StukSoort kandidaat : StukSoort.values()) {
            if (kandidaat.name().equals(soort)) {
                s = kandidaat;
            }
        }
        Datuminvoer.Uitkomst vanaf = Datuminvoer.lees(van);
        Datuminvoer.Uitkomst totEnMet = Datuminvoer.lees(tot);
        for (Datuminvoer.Uitkomst d : new Datuminvoer.Uitkomst[] {vanaf, totEnMet}) {
            if (d.fout() != null) {
                return new Filterinvoer(new Dossierweergave.Filter(s, null, null), d.fout() == Datuminvoer.Fout.ONLEESBAAR
                        ? taal.bundel(DossierTekst.class).datumOnleesbaar() : taal.bundel(FormulierTekst.class).datumBuitenBereik());
            }
        }
        if (vanaf.datum() != null && totEnMet.datum() != null && totEnMet.datum().isBefore(vanaf.datum())) {
            return new Filterinvoer(new Dossierweergave.Filter(s, null, null),
                    taal.bundel(DossierTekst.class).eindeVoorBegin());
        }
        return new Filterinvoer(new Dossierweergave.Filter(s, vanaf.datum(), totEnMet.datum()), null);
    }
}
