package nl.jeugdportaal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. Dutch is the default: the law, the letters and the staff speak it. */
public enum Taal {
    NL("nl", Locale.forLanguageTag("nl-NL"), "Nederlands"),
    EN("en", Locale.ENGLISH, "English");

    private final String code;
    private final Locale locale;
    private final String naamInEigenTaal;
    private final DateTimeFormatter datum;

    Taal(String code, Locale locale, String naamInEigenTaal) {
        this.code = code;
        this.locale = locale;
        this.naamInEigenTaal = naamInEigenTaal;
        this.datum = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** A date as readers of this language write it: "3 februari 2026", "3 February 2026". */
    public String datum(LocalDate dag) {
        return dag == null ? "" : datum.format(dag);
    }

    /** A message bundle in this language, for texts built in Java. */
    public <T> T bundel(Class<T> soort) {
        return io.quarkus.qute.i18n.MessageBundles.get(soort, io.quarkus.qute.i18n.Localized.Literal.of(code));
    }

    /** The language of a template instance's locale; anything unknown is Dutch. */
    public static Taal van(Object locale) {
        return locale instanceof Locale l && l.getLanguage().equals(EN.locale.getLanguage()) ? EN : NL;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String naamInEigenTaal() {
        return naamInEigenTaal;
    }

    /** The other language, offered by the switch in the page header. */
    public Taal andere() {
        return this == NL ? EN : NL;
    }

    public static Optional<Taal> vanCode(String code) {
        for (Taal t : values()) {
            if (t.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
