package nl.jeugdportaal.bronsysteem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the registratie API accepts in one field of a body, read by {@link Vormcontrole}. The
 * record component's Java type says the JSON type (String, LocalDate, Boolean, Integer, List).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Veld {
    boolean verplicht() default false;

    /** Longest text the portal stores; 0 for no limit. */
    int max() default 0;

    /** The allowed values of a text; empty for free text. */
    String[] keuze() default {};

    /** For an Integer: smallest and largest value. */
    int van() default Integer.MIN_VALUE;

    int tot() default Integer.MAX_VALUE;

    /** For a list: the least number of items. */
    int minstens() default 0;

    /** A burgerservicenummer: nine digits passing the elfproef. */
    boolean bsn() default false;

    /** A reference to another object by the bronsysteem's id. */
    boolean id() default false;
}
