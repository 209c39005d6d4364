package plenary.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import plenary.kernel.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains why a JSON body could not be read, naming the field where Jackson knows it. */
final class JsonReadFailure {

    private JsonReadFailure() {}

    static Violation violation(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof StreamConstraintsException c) {
            return new Violation(
                    path(c).isEmpty() ? "body" : path(c),
                    "limits",
                    "exceeds what a request may carry: "
                            + c.getOriginalMessage().replaceAll(" \\(from `.*", ""));
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return new Violation(path(u), "unknown-field", "is not a field of this record");
        }
        if (cause instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "));
            return new Violation(path(f), "one-of", "must be one of: " + allowed);
        }
        if (cause instanceof MismatchedInputException m && !path(m).isEmpty()) {
            String type =
                    m.getTargetType() == null ? "value" : m.getTargetType().getSimpleName();
            return new Violation(path(m), "type", "is not a valid " + type);
        }
        if (cause instanceof JacksonException j && !path(j).isEmpty()) {
            return new Violation(path(j), "type", "could not be read");
        }
        return new Violation("body", "json", "is not well-formed JSON");
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
