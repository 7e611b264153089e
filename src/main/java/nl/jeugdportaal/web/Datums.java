package nl.jeugdportaal.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Dutch readers write them: "3 februari 2026". */
@TemplateExtension
public final class Datums {
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    public static String lang(LocalDate datum) {
        return datum == null ? "" : LANG.format(datum);
    }
}
