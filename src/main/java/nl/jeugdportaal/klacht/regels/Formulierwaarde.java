package nl.jeugdportaal.klacht.regels;

/** A choice whose form value is not its constant's name ("intern-van", "ja"): the value the pages send. */
public interface Formulierwaarde {
    String formulierwaarde();
}
