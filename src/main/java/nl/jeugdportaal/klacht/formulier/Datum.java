package nl.jeugdportaal.klacht.formulier;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import nl.jeugdportaal.tijd.Datuminvoer;

/** A date filled in as {@link Datuminvoer} reads it (a real day between 1900 and 2100). */
@Constraint(validatedBy = Datum.Controle.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Datum {
    String message() default "datum";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Datum, String> {
        @Override
        public boolean isValid(String datum, ConstraintValidatorContext context) {
            return lees(datum) != null;
        }

        /** The day typed, or null when there is none or it is not a day. */
        public static LocalDate lees(String datum) {
            return Datuminvoer.lees(datum).datum();
        }
    }
}
