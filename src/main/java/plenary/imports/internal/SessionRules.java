package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a session set out to do, from the sentences that open it with the session as their subject ("The first
 * session(1) reviewed …; (2) evaluated …", "The panel examined how …"): each objective is a clause of them, parted
 * at a numbered item or at an "and" before another verb ("assessed … and examined …", "to analyse … and to
 * recognise …").
 */
final class SessionRules {

    static final Pattern PROSE_SESSION =
            Pattern.compile("^The\\s+(" + Numbers.ORDINALS_PATTERN + ")\\s+session\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING = Pattern.compile(
            "^The\\s+(?:(?:" + Numbers.ORDINALS_PATTERN + ")\\s+)?(?:session|panel|workshop)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile(
            "^The\\s+(?:\\w+\\s+)?(?:session|panel|workshop)(?:\\s*\\(\\d\\))?(?:,[^,]{0,60},)?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSES = Pattern.compile("\\s*\\(\\d{1,2}\\)\\s*|\\s+and\\s+(?=to\\s|\\w+ed\\s)");

    private SessionRules() {}

    /** Whether a sentence opens a session by naming it as its subject. */
    static boolean opens(Passage sentence) {
        return OPENING.matcher(sentence.text()).find();
    }

    static List<String> objectives(List<Passage> openingSentences) {
        List<String> objectives = new ArrayList<>();
        for (Passage sentence : openingSentences) {
            String predicate = SUBJECT.matcher(sentence.text()).replaceFirst("");
            for (String clause : CLAUSES.split(predicate)) {
                String objective = clause.replaceAll("\\s+", " ")
                        .replaceAll("^(?:and|;)\\s+", "")
                        .replaceAll("[;.,\\s]+$", "")
                        .replaceAll(";\\s*and$", "")
                        .strip();
                if (!objective.isEmpty()) {
                    objectives.add(objective);
                }
            }
        }
        return objectives;
    }
}
