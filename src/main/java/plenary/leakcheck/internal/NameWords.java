package plenary.leakcheck.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The folded words of one person's names, to tell whether the local part of an e-mail address is that name
 * ("ivanov@", "s.ivanov@", "jiwon.park@", "sivanov@").
 */
public final class NameWords {

    private static final Pattern SEPARATORS = Pattern.compile("[._+\\-0-9]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]");

    private final Set<String> all = new HashSet<>();
    private final Set<String> distinctive = new HashSet<>();

    void addAll(Iterable<String> words) {
        words.forEach(all::add);
    }

    void addDistinctive(String word) {
        all.add(word);
        distinctive.add(word);
    }

    /**
     * Whether a local part names the person: one of its parts is a distinctive name word, all its parts are
     * words of the name or initials, or it contains a distinctive name word of four letters or more.
     */
    boolean namedBy(String localPart) {
        String[] parts = SEPARATORS.split(localPart);
        boolean allNamed = parts.length > 0;
        int named = 0;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (distinctive.contains(part)) {
                return true;
            }
            boolean ofName = all.contains(part);
            named += ofName ? 1 : 0;
            allNamed &= ofName || part.length() == 1;
        }
        if (allNamed && named > 0) {
            return true;
        }
        String letters = NOT_LETTERS.matcher(localPart).replaceAll("");
        return distinctive.stream().anyMatch(word -> word.length() >= 4 && letters.contains(word));
    }
}
