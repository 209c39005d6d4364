package plenary.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import plenary.kernel.Bounds;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;
import plenary.kernel.Violation;

/**
 * The messages a page shows beside its fields: values that could not be read (a date that is no date) and
 * rules the record broke. A message not tied to a field (a stale edit) shows above the form.
 */
public final class FormErrors {

    private final Map<String, List<Violation>> byField = new LinkedHashMap<>();
    private @Nullable String general;
    private boolean stale;

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The values the form sent that could not even be converted, or that break the request's bounds, each bound
     * named as the modules name their rules ("max-length"), so that a page says it in the reader's language.
     */
    static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        binding.getFieldErrors()
                .forEach(f -> errors.byField.putIfAbsent(
                        f.getField(),
                        List.of(
                                f.isBindingFailure() || f.getDefaultMessage() == null
                                        ? new Violation(f.getField(), "type", "is not a valid value")
                                        : new Violation(
                                                f.getField(),
                                                Bounds.ruleName(String.valueOf(f.getCode())),
                                                f.getDefaultMessage()))));
        return errors;
    }

    public static FormErrors of(InvalidRecord e) {
        FormErrors errors = new FormErrors();
        for (Violation v : e.violations()) {
            errors.byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(v);
        }
        return errors;
    }

    public static FormErrors of(StaleEdit e) {
        FormErrors errors = new FormErrors();
        errors.general = e.getMessage() + ". Your changes are still in the form; reload to see the current record.";
        errors.stale = true;
        return errors;
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    /** The message above the form, or null. */
    public @Nullable String general() {
        return general;
    }

    /** Whether the general message says the record changed since the form was opened. */
    public boolean stale() {
        return stale;
    }

    /** The message for a field, in English, or null. */
    public @Nullable String of(String field) {
        List<Violation> broken = byField.get(field);
        return broken == null ? null : broken.stream().map(Violation::message).collect(Collectors.joining("; "));
    }

    /** The rules a field broke, none when it broke none. */
    public List<Violation> at(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** The fields with a message, in the order their messages came. */
    public Set<String> fields() {
        return byField.keySet();
    }
}
