package plenary.circulation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/**
 * The compilation text of a frozen version: every bracket still open, as diplomatic drafting prints it ("[a
 * regional energy dialogue] (CSCAP Japan) [an energy regime] (CSCAP China)"), with the committees that support each
 * wording, and those whose support is for an earlier wording they have not yet confirmed anew.
 */
public record CompilationView(MemorandumId memorandumId, int version, String title, List<Bracket> brackets) {

    public CompilationView {
        brackets = List.copyOf(brackets);
    }

    /**
     * An open bracket: on a paragraph (its key, and its number in this version) or a new paragraph inserted after
     * it ({@code key} "insert_12"), printed as {@code text}.
     */
    public record Bracket(
            String key, String paragraphKey, @Nullable String number, String text, List<Alternative> alternatives) {

        public Bracket {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * One wording: the paragraph's own in this version (no amendment) or a kept-open amendment's, the committees
     * that support these very words, and support given to earlier words of this alternative.
     */
    public record Alternative(
            @Nullable Long amendmentId, String text, List<String> supporters, List<EarlierSupport> earlierSupport) {

        public Alternative {
            supporters = List.copyOf(supporters);
            earlierSupport = List.copyOf(earlierSupport);
        }
    }

    /** A committee's support for words this alternative no longer has: not counted until it confirms. */
    public record EarlierSupport(String committee, String wording) {}
}
