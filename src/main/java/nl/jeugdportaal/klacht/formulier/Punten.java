package nl.jeugdportaal.klacht.formulier;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.jeugdportaal.klacht.regels.Klachtregels;

/** The klachtonderdelen, one per line: required {@link Vrijetekst} that {@link Klachtregels#fout} finds no fault in. */
@Constraint(validatedBy = Punten.Controle.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Punten {
    String message() default "punten";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Punten, String> {
        @Override
        public boolean isValid(String punten, ConstraintValidatorContext context) {
            return Vrijetekst.Controle.goed(punten, true) && Klachtregels.fout(Klachtregels.onderdelen(punten)) == null;
        }
    }
}
