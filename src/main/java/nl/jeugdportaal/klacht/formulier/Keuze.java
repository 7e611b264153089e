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
import nl.jeugdportaal.klacht.regels.Keuzelijst;

/** One of the choices of an enum, as {@link Keuzelijst} reads it: nothing chosen and a forged value both fail. */
@Constraint(validatedBy = Keuze.Controle.class)
@Target({FIELD, TYPE_USE})
@Retention(RUNTIME)
public @interface Keuze {
    Class<? extends Enum<?>> value();

    Keuzefout fout();

    String message() default "keuze";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<Keuze, String> {
        private Class<? extends Enum<?>> soort;

        @Override
        public void initialize(Keuze keuze) {
            soort = keuze.value();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public boolean isValid(String waarde, ConstraintValidatorContext context) {
            return Keuzelijst.lees((Class) soort, waarde) != null;
        }
    }
}
