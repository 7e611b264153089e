package nl.jeugdportaal.begrippen;

import io.quarkus.qute.TemplateExtension;

/**
 * {@code {tekst.metBegrippen}} linked the terms of one text before {@link Begrippenfilter} linked
 * every page. It now only shows the text (Qute escapes it as any other value); the templates that
 * still call it drop the call when they are next edited.
 */
@TemplateExtension
public final class MetBegrippen {
    private MetBegrippen() {
    }

    /** @deprecated every page is linked as a whole; write {@code {tekst}}. */
    @Deprecated
    public static String metBegrippen(String tekst) {
        return tekst == null ? "" : tekst;
    }
}
