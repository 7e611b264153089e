package nl.jeugdportaal.begrippen;

import java.util.Arrays;

/**
 * Finds the glossary's words in a text in one pass: a tree of their letters, walked from the start
 * of each word of the text. A regular expression with one alternative per word tried every
 * alternative at every word (some 6 ms for one dossier page); this walk stops at the first letter
 * no word continues with.
 *
 * <p>The rules: a match is a whole word (no letter, digit or hyphen on either side), the longest
 * word wins ("machtiging uithuisplaatsing" over "machtiging"), abbreviations match only as written
 * (OTS, not "ots"), other words in any case.
 */
final class Zoekboom {
    private final Knoop wortel = new Knoop();
    /** The root's children by first letter, for the common case of a plain letter: one lookup per word. */
    private final Knoop[] perAsciiLetter = new Knoop[128];

    private static final class Knoop {
        private char[] tekens = new char[0];
        private Knoop[] kinderen = new Knoop[0];
        /** The words that end here: abbreviations with their exact spelling. */
        private Eind[] einden = new Eind[0];

        Knoop kind(char teken) {
            for (int i = 0; i < tekens.length; i++) {
                if (tekens[i] == teken) {
                    return kinderen[i];
                }
            }
            return null;
        }

        Knoop maakKind(char teken) {
            Knoop kind = kind(teken);
            if (kind == null) {
                kind = new Knoop();
                tekens = Arrays.copyOf(tekens, tekens.length + 1);
                kinderen = Arrays.copyOf(kinderen, kinderen.length + 1);
                tekens[tekens.length - 1] = teken;
                kinderen[kinderen.length - 1] = kind;
            }
            return kind;
        }
    }

    private record Eind(String precies, Begrippenlijst.Vorm vorm) {
    }

    /** Adds a word; {@code precies} when it only counts as written (an abbreviation). */
    void voegToe(String woord, boolean precies, Begrippenlijst.Vorm vorm) {
        Knoop knoop = wortel;
        for (int i = 0; i < woord.length(); i++) {
            knoop = knoop.maakKind(Character.toLowerCase(woord.charAt(i)));
        }
        knoop.einden = Arrays.copyOf(knoop.einden, knoop.einden.length + 1);
        knoop.einden[knoop.einden.length - 1] = new Eind(precies ? woord : null, vorm);
        char eerste = Character.toLowerCase(woord.charAt(0));
        if (eerste < perAsciiLetter.length) {
            perAsciiLetter[eerste] = wortel.kind(eerste);
        }
    }

    /** The first match in {@code tekst} between {@code van} and {@code tot}, or null; outside them counts as no letter. */
    Begrippenlijst.Treffer volgende(CharSequence tekst, int van, int tot) {
        int i = van;
        while (i < tot) {
            if (woordteken(tekst.charAt(i)) && (i == van || !woordteken(tekst.charAt(i - 1)))) {
                Begrippenlijst.Treffer treffer = langsteVanaf(tekst, i, tot);
                if (treffer != null) {
                    return treffer;
                }
                while (i < tot && woordteken(tekst.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return null;
    }

    private Begrippenlijst.Treffer langsteVanaf(CharSequence tekst, int begin, int tot) {
        Begrippenlijst.Treffer langste = null;
        char eerste = Character.toLowerCase(tekst.charAt(begin));
        Knoop knoop = eerste < perAsciiLetter.length ? perAsciiLetter[eerste] : wortel.kind(eerste);
        int j = begin + 1;
        while (knoop != null) {
            if (knoop.einden.length > 0 && (j == tot || !woordteken(tekst.charAt(j)))) {
                for (Eind eind : knoop.einden) {
                    if (eind.precies() == null || zelfde(tekst, begin, eind.precies())) {
                        langste = new Begrippenlijst.Treffer(begin, j, eind.vorm());
                    }
                }
            }
            if (j == tot) {
                break;
            }
            knoop = knoop.kind(Character.toLowerCase(tekst.charAt(j)));
            j++;
        }
        return langste;
    }

    private static boolean zelfde(CharSequence tekst, int begin, String woord) {
        for (int i = 0; i < woord.length(); i++) {
            if (tekst.charAt(begin + i) != woord.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean woordteken(char c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                : Character.isLetterOrDigit(c);
    }
}
