package nl.jeugdportaal.begrippen;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the glossary page and its links: {@code messages/begrippen_nl.properties} and {@code _en}. */
@MessageBundle(value = "begrippen", locale = "nl")
public interface BegrippenTekst {
    @Message
    String titel();

    @Message
    String introU();

    @Message
    String introJe();

    /** The title of every term link: where the link goes. */
    @Message
    String linkTitel();
}
