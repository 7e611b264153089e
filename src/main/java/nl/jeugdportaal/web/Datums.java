package nl.jeugdportaal.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.LocalDate;

/** Dates in templates, in the page's language: "3 februari 2026" or "3 February 2026". */
public final class Datums {

    private Datums() {
    }

    /** Only this one is a template extension: with both, {@code datum.lang} took the Dutch one. */
    @TemplateExtension
    public static String lang(LocalDate datum, @TemplateAttribute("locale") Object locale) {
        return Taal.van(locale).datum(datum);
    }

    /** For texts built in Java that are always Dutch (letters, PDFs, mails). */
    public static String lang(LocalDate datum) {
        return Taal.NL.datum(datum);
    }
}
