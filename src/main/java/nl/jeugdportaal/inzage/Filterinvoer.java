package nl.jeugdportaal.inzage;

import jakarta.ws.rs.NotFoundException;
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

    /** An id from a URL, or "not found": an id that is not a number names nothing. */
    public static Long idOfNietGevonden(String tekst) {
        Long id = getal(tekst);
        if (id == null) {
            throw new NotFoundException();
        }
        return id;
    }

    public static Long getal(String tekst) {
        if (leeg(tekst) || tekst.length() > 18 || !tekst.strip().matches("[0-9]+")) {
            return null;
        }
        return Long.valueOf(tekst.strip());
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
