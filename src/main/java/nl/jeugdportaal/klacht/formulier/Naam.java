package nl.jeugdportaal.klacht.formulier;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A name or a function ("Joost", "de leidinggevende"): required {@link Vrijetekst} of at most {@link #MAX} characters. */
@Constraint(validatedBy = Naam.Controle.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Naam {
    int MAX = 200;

    String message() default "naam";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Naam, String> {
        @Override
        public boolean isValid(String naam, ConstraintValidatorContext context) {
            return Vrijetekst.Controle.goed(naam, true) && kortGenoeg(naam);
        }

        /** Spaces around the name are not counted: they are not saved. */
        public static boolean kortGenoeg(String naam) {
            return naam == null || naam.strip().length() <= MAX;
        }
    }
}
