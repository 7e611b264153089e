package nl.jeugdportaal.taal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Douma, the Dutch Flesch reading ease: 206.835 - 0.93 x words per sentence - 77 x
 * syllables per word. 60 or more reads as easy (about B1). Syllables are counted as vowel groups,
 * with a diaeresis starting a new one (ge-ïn-for-meerd): good enough to compare texts.
 */
public record Leesbaarheid(String naam, int zinnen, int woorden, int lettergrepen) {
    private static final Pattern WOORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern ZINSEINDE = Pattern.compile("[.!?]+(?=\\s|$)|\\n");
    private static final String KLINKERS = "aeiouyáéíóúàèìòùâêîôûäëïöü";
    private static final String TREMA = "äëïöü";

    public static Leesbaarheid van(String naam, String tekst) {
        int zinnen = 0;
        int woorden = 0;
        int lettergrepen = 0;
        for (String zin : ZINSEINDE.split(tekst)) {
            List<String> inZin = woordenIn(zin);
            if (inZin.isEmpty()) {
                continue;
            }
            zinnen++;
            woorden += inZin.size();
            for (String w : inZin) {
                lettergrepen += lettergrepen(w);
            }
        }
        return new Leesbaarheid(naam, zinnen, woorden, lettergrepen);
    }

    static List<String> woordenIn(String zin) {
        List<String> woorden = new ArrayList<>();
        Matcher m = WOORD.matcher(zin);
        while (m.find()) {
            woorden.add(m.group());
        }
        return woorden;
    }

    static int lettergrepen(String woord) {
        String w = woord.toLowerCase(Locale.ROOT);
        int groepen = 0;
        boolean vorigeKlinker = false;
        for (char c : w.toCharArray()) {
            boolean klinker = KLINKERS.indexOf(c) >= 0;
            if (klinker && (!vorigeKlinker || TREMA.indexOf(c) >= 0)) {
                groepen++;
            }
            vorigeKlinker = klinker;
        }
        return Math.max(1, groepen);
    }

    public double woordenPerZin() {
        return zinnen == 0 ? 0 : (double) woorden / zinnen;
    }

    public double score() {
        if (woorden == 0) {
            return 100;
        }
        return 206.835 - 0.93 * woordenPerZin() - 77.0 * lettergrepen / woorden;
    }

    /** The English original of Flesch's reading ease, for the English texts (Douma adapted it to Dutch). */
    public double scoreEngels() {
        if (woorden == 0) {
            return 100;
        }
        return 206.835 - 1.015 * woordenPerZin() - 84.6 * lettergrepen / woorden;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: Flesch-Douma %.1f, %.1f woorden per zin (%d zinnen, %d woorden)", naam,
                score(), woordenPerZin(), zinnen, woorden);
    }
}
