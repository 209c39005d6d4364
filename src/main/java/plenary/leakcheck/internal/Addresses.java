package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plenary.leakcheck.LeakKind;

/**
 * E-mail addresses in a passage that identify a person: one of the person's own, or any address whose local
 * part is the person's name ("ivanov@gmail.com").
 */
public final class Addresses {

    private final Map<String, List<Integer>> known = new HashMap<>();
    private final List<NameWords> names = new ArrayList<>();

    /** Adds the next person: their addresses and the words of their names. */
    public void add(List<String> addresses, NameWords nameWords) {
        int person = names.size();
        names.add(nameWords);
        for (String address : addresses) {
            known.computeIfAbsent(FoldedText.of(address.trim()).folded(), key -> new ArrayList<>())
                    .add(person);
        }
    }

    /** Adds a finding for each identifying address and returns the spans of all addresses in the passage. */
    public List<int[]> find(FoldedText text, List<Finding> found) {
        List<int[]> spans = new ArrayList<>();
        String folded = null;
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            int start = at;
            while (start > 0
                    && (FoldedText.isWordChar(text.charAt(start - 1))
                            || "._%+-".indexOf(text.charAt(start - 1)) >= 0)) {
                start--;
            }
            int end = at + 1;
            while (end < text.length()
                    && (FoldedText.isWordChar(text.charAt(end)) || ".-".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            while (end > at + 1 && ".-".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            folded = folded == null ? text.folded() : folded;
            if (start == at || folded.substring(at + 1, end).indexOf('.') < 0) {
                continue;
            }
            int from = text.originalStart(start);
            int to = text.originalEnd(end - 1);
            spans.add(new int[] {from, to});
            String local = folded.substring(start, at);
            List<Integer> owners = known.getOrDefault(folded.substring(start, end), List.of());
            for (int person = 0; person < names.size(); person++) {
                if (owners.contains(person) || names.get(person).namedBy(local)) {
                    found.add(new Finding(from, to, LeakKind.EMAIL, person));
                }
            }
            at = end;
        }
        return spans;
    }
}
