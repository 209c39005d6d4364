package plenary.leakcheck;

import java.util.List;

/**
 * An identifying term found in a passage: {@code term} is exactly {@code text.substring(start, end)} of the
 * passage (line breaks included), {@code people} the labels of the people it identifies (more than one when
 * they share it, as two participants named Kim share their surname), {@code excerpt} a short piece of the
 * passage around it for the editor.
 */
public record Leak(
        String location, String term, LeakKind kind, List<String> people, int start, int end, String excerpt) {

    public Leak {
        people = List.copyOf(people);
    }
}
