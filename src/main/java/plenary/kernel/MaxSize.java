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
import java.util.Collection;
import java.util.Map;

/**
 * The most entries a list, set or map of a request may carry, checked before any entry is looked up, so that a
 * request naming a hundred thousand people is refused at once.
 */
@Documented
@Constraint(validatedBy = {MaxSize.OfCollection.class, MaxSize.OfMap.class})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MaxSize {

    int value();

    String message() default "must have at most {value} entries";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator for lists and sets. */
    class OfCollection implements ConstraintValidator<MaxSize, Collection<?>> {

        private int max;

        @Override
        public void initialize(MaxSize annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null || value.size() <= max;
        }
    }

    /** The validator for maps. */
    class OfMap implements ConstraintValidator<MaxSize, Map<?, ?>> {

        private int max;

        @Override
        public void initialize(MaxSize annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(Map<?, ?> value, ConstraintValidatorContext context) {
            return value == null || value.size() <= max;
        }
    }
}
