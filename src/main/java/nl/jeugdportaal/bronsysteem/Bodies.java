package nl.jeugdportaal.bronsysteem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body up to a limit, so a body that is too large is refused before it is held in memory. */
final class Bodies {
    private Bodies() {
    }

    static byte[] lees(InputStream body, int maximum, String grens) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] gelezen = body.readNBytes(maximum + 1);
            if (gelezen.length > maximum) {
                throw Probleem.teGroot(grens);
            }
            return gelezen;
        } catch (IOException e) {
            throw new UncheckedIOException("Body niet te lezen", e);
        }
    }
}
