package plenary.imports.internal;

import java.util.List;
import java.util.regex.Pattern;
import plenary.meetings.InterventionKind;

/**
 * The kind of an intervention, from the verbs of its first sentence: the first of these rules that matches wins,
 * in this order, and an intervention that matches none is an argument. A contrasting view that names no speaker
 * ("On the one hand, TPP could …") is an assessment.
 */
final class Kinds {

    /** A named rule: the kind it gives where its pattern is found. */
    record Rule(String name, InterventionKind kind, Pattern pattern) {}

    static final List<Rule> RULES = List.of(
            rule(
                    "proposes",
                    InterventionKind.PROPOSAL,
                    "\\bproposed\\b|put\\s+forward\\s+(?:a|the)\\s+proposal|there\\s+was\\s+a\\s+proposal"
                            + "|\\bshould\\s+(?:more\\s+)?(?:seriously\\s+)?consider\\b|\\bit\\s+was\\s+proposed\\b"),
            rule(
                    "asks",
                    InterventionKind.QUESTION,
                    "\\b(?:asked|enquired|inquired|wondered)\\b|question\\s+was\\s+raised"),
            rule("answers", InterventionKind.RESPONSE, "\\b(?:replied|responded|in\\s+response)\\b"),
            rule("briefs", InterventionKind.BRIEFING, "\\bbriefing\\b|\\bbriefed\\b|\\bexplanations?\\b.*\\bgiven\\b"),
            rule(
                    "worries",
                    InterventionKind.CONCERN,
                    "\\bconcerns?\\b|\\bworried\\b|\\bcautioned\\b|\\breservations?\\b|\\bfeared\\b"),
            rule(
                    "presents",
                    InterventionKind.PRESENTATION,
                    "\\bpresented\\s+(?:a|an|the|his|her)\\s+(?:paper|overview|study|report)\\b|\\breviewed\\b"
                            + "|\\bintroduced\\s+(?:a|his|her)\\s+paper\\b"),
            rule(
                    "assesses",
                    InterventionKind.ASSESSMENT,
                    "\\b(?:evaluated|assessed|analy[sz]ed|welcomed|was\\s+(?:sceptical|skeptical))\\b"
                            + "|\\bquestioned\\s+the\\b|^On\\s+the\\s+(?:one|other)\\s+hand,\\s+(?!(?:one|another|the)\\s)"),
            rule(
                    "discusses",
                    InterventionKind.GENERAL_DISCUSSION,
                    "\\bdiscussed\\b|\\bdiscussions?\\b|\\b(?:different|divergent|competing)\\s+(?:views|assessments)\\b"
                            + "|\\bparticipants\\s+agreed\\b"));

    private Kinds() {}

    /** The kind of an intervention whose first sentence this is, and the rule that gave it. */
    static Rule of(String firstSentence) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(firstSentence).find()) {
                return rule;
            }
        }
        return new Rule("argues", InterventionKind.ARGUMENT, Pattern.compile(""));
    }

    private static Rule rule(String name, InterventionKind kind, String pattern) {
        return new Rule(name, kind, Pattern.compile(pattern, Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }
}
