package plenary.kernel;

import java.util.List;

/** A command was refused because the record it carries breaks one or more rules; nothing was changed. */
public class InvalidRecord extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRecord(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public static InvalidRecord of(String field, String rule, String message) {
        return new InvalidRecord(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid");
    }
}
