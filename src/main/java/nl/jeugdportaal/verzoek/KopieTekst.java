package nl.jeugdportaal.verzoek;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The headings of the kopie PDF ({@code ui-templates/KopieDocument/kopie.html}). */
@MessageBundle(value = "kopie", locale = "nl")
public interface KopieTekst {
    @Message
    String stukkenKop(int aantal);

    @Message
    String deels();

    @Message
    String nietEensKop();
}
