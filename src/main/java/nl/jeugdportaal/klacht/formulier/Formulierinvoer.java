package nl.jeugdportaal.klacht.formulier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form record holds, by field name, so a page with an error can put the text back: a list
 * field gives one entry per klachtonderdeel ({@code maatregel-1}, {@code maatregel-2}), as the
 * errors name them.
 */
public final class Formulierinvoer {
    private Formulierinvoer() {
    }

    /** {@code voorvoegsel}: put before each name, where several forms on one page have a field of the same name. */
    public static Map<String, String> van(Record formulier, String voorvoegsel) {
        Map<String, String> invoer = new HashMap<>();
        for (RecordComponent veld : formulier.getClass().getRecordComponents()) {
            Object waarde = waarde(formulier, veld);
            if (waarde instanceof List<?> lijst) {
                for (int i = 0; i < lijst.size(); i++) {
                    invoer.put(voorvoegsel + veld.getName() + "-" + (i + 1), String.valueOf(lijst.get(i)));
                }
            } else if (waarde != null) {
                invoer.put(voorvoegsel + veld.getName(), waarde.toString());
            }
        }
        return invoer;
    }

    private static Object waarde(Record formulier, RecordComponent veld) {
        try {
            return veld.getAccessor().invoke(formulier);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("form field " + veld.getName(), e);
        }
    }
}
