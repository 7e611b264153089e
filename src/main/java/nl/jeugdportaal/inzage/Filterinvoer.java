package nl.jeugdportaal.inzage;

import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        try {
            LocalDate vanaf = leeg(van) ? null : LocalDate.parse(van.strip());
            LocalDate totEnMet = leeg(tot) ? null : LocalDate.parse(tot.strip());
            if (vanaf != null && totEnMet != null && totEnMet.isBefore(vanaf)) {
                return new Filterinvoer(new Dossierweergave.Filter(s, null, null),
                        taal.bundel(DossierTekst.class).eindeVoorBegin());
            }
            return new Filterinvoer(new Dossierweergave.Filter(s, vanaf, totEnMet), null);
        } catch (DateTimeParseException e) {
            return new Filterinvoer(new Dossierweergave.Filter(s, null, null),
                    taal.bundel(DossierTekst.class).datumOnleesbaar());
        }
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
