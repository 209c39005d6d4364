package plenary.kernel;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A date, instant or year within the years a study group's record can concern (1900 to 2200): a year such as
 * +999999999 parses, but no meeting was held then and no page or PDF can print it sensibly.
 */
@Documented
@Constraint(validatedBy = {PlausibleYear.OfYear.class, PlausibleYear.OfDate.class, PlausibleYear.OfInstant.class})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleYear {

    int FIRST = 1900;
    int LAST = 2200;

    String message() default "must be in the years " + FIRST + " to " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator for a year given as a number. */
    class OfYear implements ConstraintValidator<PlausibleYear, Integer> {

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            return year == null || year >= FIRST && year <= LAST;
        }
    }

    /** The validator for dates. */
    class OfDate implements ConstraintValidator<PlausibleYear, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || new OfYear().isValid(date.getYear(), context);
        }
    }

    /** The validator for instants, by their year in UTC. */
    class OfInstant implements ConstraintValidator<PlausibleYear, Instant> {

        @Override
        public boolean isValid(Instant instant, ConstraintValidatorContext context) {
            return instant == null
                    || new OfYear().isValid(instant.atOffset(ZoneOffset.UTC).getYear(), context);
        }
    }
}
