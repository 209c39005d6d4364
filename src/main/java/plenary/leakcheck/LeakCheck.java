package plenary.leakcheck;

import java.util.Collection;
import java.util.List;

/**
 * Checks the texts of a report for what identifies the meeting's participants. Use {@link #against} to
 * compile the identities once and check many passages; the bean's {@link #check} does both at once.
 */
public class LeakCheck {

    /** The leaks of the passages against these identities, passage by passage, each in the order of its text. */
    public List<Leak> check(Collection<Identity> identities, Collection<Passage> passages) {
        return against(identities).check(passages);
    }

    /** A screen compiled against these identities. */
    public static LeakScreen against(Collection<Identity> identities) {
        return against(identities, List.of());
    }

    /**
     * A screen compiled against these identities that lets the report print these public names although they
     * contain a participant's name ("Kim Jong-il" with a participant named Kim, "Ho Chi Minh City" with one
     * named Ho): a term found inside a longer public name is no leak; a public name equal to a term hides
     * nothing.
     */
    public static LeakScreen against(Collection<Identity> identities, Collection<String> publicNames) {
        return new LeakScreen(identities, publicNames);
    }
}
