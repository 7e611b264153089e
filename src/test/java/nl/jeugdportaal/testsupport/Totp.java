package nl.jeugdportaal.testsupport;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app does with the key Keycloak shows (RFC 6238 with the realm's policy:
 * HMAC-SHA1, 6 digits, 30 seconds), so a test types the code a phone would show.
 */
public final class Totp {
    public static final int PERIODE = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The time step of a moment: a code is valid for one step, and Keycloak takes each code once. */
    public static long stap(Instant moment) {
        return moment.getEpochSecond() / PERIODE;
    }

    /** The code for a time step, from the key as Keycloak shows it ("MFRG GZDF ..."). */
    public static String code(String getoondeSleutel, long stap) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(getoondeSleutel), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(stap).array());
            int begin = hash[hash.length - 1] & 0x0f;
            int getal = (ByteBuffer.wrap(hash, begin, 4).getInt() & 0x7fffffff) % 1_000_000;
            return String.format(Locale.ROOT, "%06d", getal);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as an app shows it (base32), from the key as Keycloak stores it. */
    public static String alsGetoond(String opgeslagen) {
        StringBuilder uit = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : opgeslagen.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                uit.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            uit.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return uit.toString();
    }

    static byte[] base32(String tekst) {
        String schoon = tekst.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        ByteBuffer uit = ByteBuffer.allocate(schoon.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : schoon.toCharArray()) {
            int waarde = BASE32.indexOf(c);
            if (waarde < 0) {
                throw new IllegalArgumentException("geen base32: " + c);
            }
            buffer = (buffer << 5) | waarde;
            bits += 5;
            if (bits >= 8) {
                uit.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return uit.array();
    }
}
