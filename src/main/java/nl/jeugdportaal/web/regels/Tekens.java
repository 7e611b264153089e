package nl.jeugdportaal.web.regels;

/**
 * Which characters typed text may hold. Two kinds of trouble, two answers:
 * <ul>
 * <li>Characters nobody types on purpose and nobody can see (NUL and the other control characters except
 * tab and line breaks, lone surrogate halves, the byte-order mark, Unicode non-characters) are removed:
 * PostgreSQL refuses NUL, and the rest only break mails, PDFs and CSV files. The text looks the same
 * without them, so removing them is harmless.</li>
 * <li>Direction controls (the bidi embeddings, overrides and isolates) change the order in which the
 * letters are shown, so a text can show something else than it says. They are refused with a message:
 * removing them would change what the person sees.</li>
 * </ul>
 */
public final class Tekens {
    private Tekens() {
    }

    /** The text without the invisible characters; the same object when there were none. */
    public static String schoon(String tekst) {
        if (tekst == null || tekst.codePoints().noneMatch(Tekens::onzichtbaar) && !heeftLosseSurrogaat(tekst)) {
            return tekst;
        }
        StringBuilder uit = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                int punt = Character.toCodePoint(c, tekst.charAt(++i));
                if (!onzichtbaar(punt)) {
                    uit.appendCodePoint(punt);
                }
            } else if (!Character.isSurrogate(c) && !onzichtbaar(c)) {
                uit.append(c);
            }
        }
        return uit.toString();
    }

    /** Whether the text holds a direction control (U+202A to U+202E, U+2066 to U+2069). */
    public static boolean heeftRichtingteken(String tekst) {
        return tekst != null && tekst.chars().anyMatch(c -> c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    private static boolean onzichtbaar(int c) {
        boolean controle = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        boolean geenTeken = c == 0xFEFF || (c & 0xFFFE) == 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF;
        return controle || geenTeken;
    }

    private static boolean heeftLosseSurrogaat(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < tekst.length() && Character.isLowSurrogate(tekst.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
