package nl.jeugdportaal.klacht;

import java.util.List;
import nl.jeugdportaal.klacht.Klachtweergaven.Rij;

/**
 * A horizontal bar chart as inline SVG. Readable without colour: every bar carries its label and
 * its number as text, and the bars differ in length only. The SVG is an image with a title and a
 * description for screen readers; the table next to it holds the same numbers.
 */
final class Staafgrafiek {
    private static final int LABEL = 330;
    private static final int BREEDTE = 300;
    private static final int HOOGTE = 28;

    private Staafgrafiek() {
    }

    static String svg(String id, String titel, List<Rij> rijen) {
        long max = Math.max(1, rijen.stream().mapToLong(Rij::aantal).max().orElse(1));
        StringBuilder s = new StringBuilder();
        int hoogte = rijen.size() * HOOGTE + 10;
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(id).append("-t ")
                .append(id).append("-d\" viewBox=\"0 0 ").append(LABEL + BREEDTE + 60).append(' ').append(hoogte)
                .append("\" class=\"grafiek\">");
        s.append("<title id=\"").append(id).append("-t\">").append(escape(titel)).append("</title>");
        StringBuilder desc = new StringBuilder();
        for (Rij r : rijen) {
            desc.append(r.label()).append(": ").append(r.aantal()).append(". ");
        }
        s.append("<desc id=\"").append(id).append("-d\">").append(escape(desc.toString().strip())).append("</desc>");
        for (int i = 0; i < rijen.size(); i++) {
            Rij r = rijen.get(i);
            int y = i * HOOGTE + 5;
            long lengte = r.aantal() * BREEDTE / max;
            s.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\" fill=\"#000\">")
                    .append(escape(kort(r.label()))).append("</text>");
            s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(lengte)
                    .append("\" height=\"18\" fill=\"#1a4d7a\" stroke=\"#000\"/>");
            s.append("<text x=\"").append(LABEL + lengte + 6).append("\" y=\"").append(y + 18)
                    .append("\" font-size=\"13\" fill=\"#000\">").append(r.aantal()).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    /** Long category names are cut at the first comma or colon: the table shows them in full. */
    private static String kort(String label) {
        int eind = label.indexOf(':');
        return eind > 0 ? label.substring(0, eind) : label.length() > 45 ? label.substring(0, 44) + "…" : label;
    }

    private static String escape(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
