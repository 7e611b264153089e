package nl.jeugdportaal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words every PDF shares: the page numbers under each page ({@code ui-templates/pdf/kop.html}). */
@MessageBundle(value = "document", locale = "nl")
public interface DocumentTekst {
    @Message
    String pagina();

    @Message
    String van();
}
