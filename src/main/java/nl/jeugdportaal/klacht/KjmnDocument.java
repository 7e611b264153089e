package nl.jeugdportaal.klacht;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import nl.jeugdportaal.web.PdfUa;
import nl.jeugdportaal.web.Taal;

/**
 * The complaint as the KJMN needs it (DOMAIN §4): who complains and how to reach them, the
 * klachtonderdelen, and what happened in Stap 1 and Stap 2. The portal cannot send it to the
 * independent commission itself; the client or the GI sends this PDF. It is a tagged PDF/UA document
 * rendered from {@code ui-templates/KjmnDocument/kjmn.html}, in Dutch as the KJMN works in Dutch.
 */
final class KjmnDocument {
    @CheckedTemplate(basePath = "KjmnDocument")
    static class Templates {
        static native TemplateInstance kjmn(Klacht k);
    }

    private KjmnDocument() {
    }

    static byte[] maak(Klacht k) {
        return PdfUa.maak(Templates.kjmn(k).setLocale(Taal.NL.locale()).render());
    }
}
