package nl.jeugdportaal.taken;

import java.util.Locale;

/** The worklist's filter as typed: a kind ("verzoek", "klacht" or empty), only what is late, a name to find. */
public record Werklijstfilter(Taak.Soort soort, boolean alleenTeLaat, String zoek) {
    public static Werklijstfilter lees(String soort, String teLaat, String zoek) {
        Taak.Soort s = "verzoek".equals(soort) ? Taak.Soort.VERZOEK : "klacht".equals(soort) ? Taak.Soort.KLACHT : null;
        String z = zoek == null || zoek.isBlank() ? null : zoek.strip();
        return new Werklijstfilter(s, "ja".equals(teLaat), z == null || z.length() > 100 ? null : z);
    }

    boolean laat(Taak t) {
        return (soort == null || t.soort() == soort) && (!alleenTeLaat || t.teLaat())
                && (zoek == null || bevat(t.wat(), zoek) || bevat(t.dossier(), zoek));
    }

    private static boolean bevat(String tekst, String zoek) {
        return tekst != null && tekst.toLowerCase(Locale.ROOT).contains(zoek.toLowerCase(Locale.ROOT));
    }
}
