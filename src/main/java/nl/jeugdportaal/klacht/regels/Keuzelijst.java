package nl.jeugdportaal.klacht.regels;

/**
 * Reads a form value into one of an enum's constants: its name, or its {@link Formulierwaarde} when it
 * has one. Anything else (a forged value too) gives null.
 */
public final class Keuzelijst {
    private Keuzelijst() {
    }

    public static <E extends Enum<E>> E lees(Class<E> soort, String tekst) {
        if (tekst == null) {
            return null;
        }
        for (E e : soort.getEnumConstants()) {
            String waarde = e instanceof Formulierwaarde f ? f.formulierwaarde() : e.name();
            if (waarde.equals(tekst.strip())) {
                return e;
            }
        }
        return null;
    }
}
