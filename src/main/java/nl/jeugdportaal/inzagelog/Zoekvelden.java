package nl.jeugdportaal.inzagelog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The search fields of a log page as typed, to show them again and to carry them into the links
 * to older and newer lines.
 */
public record Zoekvelden(String pad, Map<String, String> velden) {

    /** An hour of the period fields: {@code waarde} is sent, {@code tekst} shown. */
    public record Uur(int waarde, String tekst, boolean gekozen) {
    }

    public static Zoekvelden van(String pad, String van, String vanUur, String tot, String totUur) {
        return new Zoekvelden(pad, new LinkedHashMap<>()).met("van", van).met("vanUur", vanUur).met("tot", tot)
                .met("totUur", totUur);
    }

    /** A copy with one more field; an empty value is left out. */
    public Zoekvelden met(String naam, String waarde) {
        Map<String, String> meer = new LinkedHashMap<>(velden);
        if (waarde != null && !waarde.isBlank()) {
            meer.put(naam, waarde.strip());
        }
        return new Zoekvelden(pad, meer);
    }

    public String waarde(String naam) {
        return velden.getOrDefault(naam, "");
    }

    public String ouder(String plaats) {
        return link("voor", plaats);
    }

    public String nieuwer(String plaats) {
        return link("na", plaats);
    }

    /** From the start of an hour: 00:00 to 23:00. */
    public List<Uur> vanUren() {
        return uren(0, 23, "vanUur", 0);
    }

    /** Until the end of an hour: 01:00 to 24:00, the whole day when none is chosen. */
    public List<Uur> totUren() {
        return uren(1, 24, "totUur", 24);
    }

    private List<Uur> uren(int eerste, int laatste, String veld, int standaard) {
        String gekozen = waarde(veld);
        boolean geldig = gekozen.matches("[0-9]{1,2}") && Integer.parseInt(gekozen) >= eerste
                && Integer.parseInt(gekozen) <= laatste;
        int keuze = geldig ? Integer.parseInt(gekozen) : standaard;
        return IntStream.rangeClosed(eerste, laatste).mapToObj(u -> new Uur(u, String.format("%02d:00", u), u == keuze))
                .toList();
    }

    private String link(String naam, String plaats) {
        StringBuilder link = new StringBuilder(pad);
        char teken = '?';
        Map<String, String> alle = new LinkedHashMap<>(velden);
        alle.put(naam, plaats);
        for (Map.Entry<String, String> veld : alle.entrySet()) {
            link.append(teken).append(veld.getKey()).append('=')
                    .append(URLEncoder.encode(veld.getValue(), StandardCharsets.UTF_8));
            teken = '&';
        }
        return link.toString();
    }
}
