package plenary.leakcheck;

import java.util.List;

/**
 * An identifying term found in a passage: {@code term} is exactly {@code text.substring(start, end)} of the
 * passage (line breaks included), {@code people} the labels of the people it identifies (more than one when
 * they share it, as two participants named Kim share their surname), {@code excerpt} a short piece of the
 * passage around it for the editor; {@code needsConfirmation} when the term may be a name or a word (a surname
 * that is a common word at the start of a sentence: "Park benches were empty"), which only the report's keeper can
 * tell: publication asks the keeper to confirm each such place instead of passing or refusing it.
 */
public record Leak(
        String location,
        String term,
        LeakKind kind,
        List<String> people,
        int start,
        int end,
        String excerpt,
        boolean needsConfirmation) {

    public Leak {
        people = List.copyOf(people);
    }

    /** Whether the leak is certain, and blocks publication whatever the keeper says. */
    public boolean certain() {
        return !needsConfirmation;
    }
}
