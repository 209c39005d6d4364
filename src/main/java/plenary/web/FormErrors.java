package plenary.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/**
 * The messages a page shows beside its fields: values that could not be read (a date that is no date) and
 * rules the record broke. A message not tied to a field (a stale edit) shows above the form.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private @Nullable String general;

    public static FormErrors none() {
        return new FormErrors();
    }

    /** The values the form sent that could not even be converted, or that break the request's bounds. */
    static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        binding.getFieldErrors()
                .forEach(f -> errors.byField.putIfAbsent(
                        f.getField(),
                        f.isBindingFailure() || f.getDefaultMessage() == null
                                ? "is not a valid value"
                                : f.getDefaultMessage()));
        return errors;
    }

    public static FormErrors of(InvalidRecord e) {
        FormErrors errors = new FormErrors();
        for (Violation v : e.violations()) {
            errors.byField.merge(v.field(), v.message(), (a, b) -> a + "; " + b);
        }
        return errors;
    }

    public static FormErrors of(StaleEdit e) {
        FormErrors errors = new FormErrors();
        errors.general = e.getMessage() + ". Your changes are still in the form; reload to see the current record.";
        return errors;
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    /** The message above the form, or null. */
    public @Nullable String general() {
        return general;
    }

    /** The message for a field, or null. */
    public @Nullable String of(String field) {
        return byField.get(field);
    }
}
