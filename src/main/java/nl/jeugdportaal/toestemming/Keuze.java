package nl.jeugdportaal.toestemming;

import nl.jeugdportaal.registratie.Persoon;

/** An option in a select, with whether the person chose it (so an error page keeps the choice). */
public record Keuze(Long id, String naam, boolean gekozen) {

    /** A helper from outside the family is recognised by their organisation. */
    static String metOrganisatie(Persoon p) {
        return p.organisatie == null ? p.naam() : p.naam() + ", " + p.organisatie;
    }
}
