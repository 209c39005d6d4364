package plenary.circulation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.circulation.CompilationView.EarlierSupport;

/**
 * One alternative of an amendment kept open, as its circulation's page shows it: the amendment's wording ({@code
 * amendmentId}) or the paragraph's own as it now stands (none), the committees that support these very words, those
 * whose support stands against earlier ones, and the bundle key of the button the signed-in representative may
 * press, its text taking their committee's name (none: their committee supports these words already, or they speak
 * for no member committee).
 */
public record OpenAlternative(
        @Nullable Long amendmentId,
        String text,
        List<String> supporters,
        List<EarlierSupport> earlierSupport,
        @Nullable String action) {

    public OpenAlternative {
        supporters = List.copyOf(supporters);
        earlierSupport = List.copyOf(earlierSupport);
    }

    /** Whether this is the paragraph's own wording, supported with {@code current}. */
    public boolean own() {
        return amendmentId == null;
    }
}
