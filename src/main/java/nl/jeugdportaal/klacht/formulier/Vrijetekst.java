package nl.jeugdportaal.klacht.formulier;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.jeugdportaal.inzage.regels.Lezer;
import nl.jeugdportaal.verzoek.regels.Tekstcontrole;

/**
 * Free text as {@link Tekstcontrole} allows it: not too long, no code, no direction controls, and
 * filled in when {@link #verplicht}. Whether it fails does not depend on who reads the message, so
 * the check runs for any reader; the sentence for the person on the page is chosen when the errors
 * are shown.
 */
@Constraint(validatedBy = Vrijetekst.Controle.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Vrijetekst {
    boolean verplicht() default true;

    String message() default "vrijetekst";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Vrijetekst, String> {
        private static final Lezer WIE_OOK = new Lezer(false, false);
        private boolean verplicht;

        @Override
        public void initialize(Vrijetekst vrijetekst) {
            verplicht = vrijetekst.verplicht();
        }

        @Override
        public boolean isValid(String tekst, ConstraintValidatorContext context) {
            return goed(tekst, verplicht);
        }

        static boolean goed(String tekst, boolean verplicht) {
            return Tekstcontrole.fout(tekst, verplicht, WIE_OOK) == null;
        }
    }
}
