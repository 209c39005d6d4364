package plenary.leakcheck;

import java.util.List;

/** Checks one text against some identities, for tests that look at what was found rather than where. */
final class Screening {

    private Screening() {}

    static List<Leak> leaks(String text, Identity... identities) {
        return LeakCheck.against(List.of(identities)).check(new Passage("Session 1, paragraph 1", text));
    }

    /** The terms found, as written in the text. */
    static List<String> terms(String text, Identity... identities) {
        return leaks(text, identities).stream().map(Leak::term).toList();
    }

    static List<LeakKind> kinds(String text, Identity... identities) {
        return leaks(text, identities).stream().map(Leak::kind).toList();
    }
}
