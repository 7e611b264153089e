package nl.jeugdportaal.registratie;

import jakarta.ws.rs.NotFoundException;

/** The one reading of a record's id as it arrives in a URL or a form: digits only, or nothing. */
public final class Idinvoer {
    private Idinvoer() {
    }

    /** An id from a URL, or "not found": an id that is not a number names nothing. */
    public static Long ofNietGevonden(String tekst) {
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
