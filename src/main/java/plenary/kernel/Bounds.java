package plenary.kernel;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The bounds of a request record (its Bean Validation constraints) checked where no controller checks them, for a
 * record made from loose request parameters; broken ones refuse it as an {@link InvalidRecord}.
 */
public final class Bounds {

    private static final Map<String, String> NAMED = Map.of("PlausibleYear", "range");

    private Bounds() {}

    /** The record, unless it breaks a bound. */
    public static <T> T checked(Validator validator, T record) {
        List<Violation> violations = validator.validate(record).stream()
                .sorted(Comparator.comparing(
                        (ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new Violation(
                        field(v),
                        ruleName(v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()),
                        v.getMessage()))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidRecord(violations);
        }
        return record;
    }

    /** The field as the modules' rules name it: a map's entry as "paragraphs.p_1", a list's as "objectives[0]". */
    private static String field(ConstraintViolation<?> violation) {
        return violation
                .getPropertyPath()
                .toString()
                .replaceAll("\\.<[^>]*>", "")
                .replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
    }

    /** The rule's name as the modules write it: "max-length" for the constraint {@code MaxLength}. */
    public static String ruleName(String constraint) {
        return NAMED.getOrDefault(
                constraint, constraint.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
    }
}
