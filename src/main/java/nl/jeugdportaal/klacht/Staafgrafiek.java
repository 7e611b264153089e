package nl.jeugdportaal.klacht;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.jeugdportaal.klacht.Klachtweergaven.Rij;

/**
 * A horizontal bar chart, drawn as inline SVG by {@code ui-templates/staafgrafiek.html}. Readable
 * without colour: every bar carries its label and its number as text, and the bars differ in length
 * only. The SVG is an image with a title and a description for screen readers; the table next to it
 * holds the same numbers. Here only the geometry is computed; the template writes (and escapes) it.
 */
public record Staafgrafiek(String id, String titel, String beschrijving, int breedte, int hoogte, List<Balk> balken) {
    static final int LABEL = 330;
    private static final int BREEDTE = 300;
    private static final int HOOGTE = 28;

    /** One bar: its label (cut short, the table has it in full) and number, at height {@code y}. */
    public record Balk(String label, long aantal, int y, long lengte) {
        public int tekstY() {
            return y + 18;
        }

        public int staafY() {
            return y + 4;
        }

        public long getalX() {
            return LABEL + lengte + 6;
        }
    }

    static Staafgrafiek van(String id, String titel, List<Rij> rijen) {
        long max = Math.max(1, rijen.stream().mapToLong(Rij::aantal).max().orElse(1));
        List<Balk> balken = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            Rij r = rijen.get(i);
            balken.add(new Balk(kort(r.label()), r.aantal(), i * HOOGTE + 5, r.aantal() * BREEDTE / max));
        }
        String beschrijving = rijen.stream().map(r -> r.label() + ": " + r.aantal() + ".").collect(Collectors.joining(" "));
        return new Staafgrafiek(id, titel, beschrijving, LABEL + BREEDTE + 60, rijen.size() * HOOGTE + 10, balken);
    }

    public int labelBreedte() {
        return LABEL;
    }

    /** Long category names are cut at the first comma or colon: the table shows them in full. */
    private static String kort(String label) {
        int eind = label.indexOf(':');
        return eind > 0 ? label.substring(0, eind) : label.length() > 45 ? label.substring(0, 44) + "…" : label;
    }
}
