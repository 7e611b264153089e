package nl.jeugdportaal.klacht.regels;

/**
 * What is wrong with the list of klachtonderdelen: none at all, too many ({@code getal} is how
 * many), or one too long ({@code getal} is its number, from 1).
 */
public record Puntenfout(Soort soort, int getal) {
    public enum Soort {
        GEEN,
        TE_VEEL,
        TE_LANG
    }
}
