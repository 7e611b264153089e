package nl.jeugdportaal.toestemming;

import nl.jeugdportaal.registratie.Persoon;

/**
 * An option in a select, with whether the person chose it (so an error page keeps the choice).
 * {@code nederlands}: the text holds the Dutch name of an organisation, marked as Dutch on an English page.
 */
public record Keuze(Long id, String naam, boolean gekozen, boolean nederlands) {

    Keuze(Long id, String naam, boolean gekozen) {
        this(id, naam, gekozen, false);
    }

    /** A helper from outside the family is recognised by their organisation. */
    static Keuze metOrganisatie(Persoon p, boolean gekozen) {
        return p.organisatie == null ? new Keuze(p.id, p.naam(), gekozen)
                : new Keuze(p.id, p.naam() + ", " + p.organisatie, gekozen, true);
    }
}
