package plenary.web;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import plenary.kernel.InvalidRecord;
import plenary.kernel.StaleEdit;

/**
 * How a page submits a form: values that could not be read, broken rules and stale edits send the person back
 * to the form with messages beside the fields; success goes where the saved record says.
 */
public final class Forms {

    private Forms() {}

    /**
     * Runs the command unless the form could not be bound, and answers the view to show.
     *
     * @param command  saves the form and returns what was saved
     * @param success  the view after saving, from what was saved (typically a redirect)
     * @param reshow   the form again, with the errors to show
     */
    public static <T> String submit(
            BindingResult binding,
            Supplier<T> command,
            Function<T, String> success,
            Function<FormErrors, String> reshow) {
        if (binding.hasErrors()) {
            return reshow.apply(FormErrors.of(binding));
        }
        try {
            return success.apply(command.get());
        } catch (InvalidRecord e) {
            return reshow.apply(FormErrors.of(e));
        } catch (StaleEdit e) {
            return reshow.apply(FormErrors.of(e));
        }
    }
}
