package nl.jeugdportaal.web;

import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Variant;
import java.util.List;

/**
 * The one HTML escaper, the template engine's, for the few places that write markup in Java: what
 * they escape reads the same as what the templates escape.
 */
public final class Html {
    private static final HtmlEscaper QUTE = new HtmlEscaper(List.of(Variant.TEXT_HTML));

    private Html() {
    }

    public static String escape(String tekst) {
        return QUTE.map(tekst, null);
    }
}
