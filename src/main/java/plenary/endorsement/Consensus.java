package plenary.endorsement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Phrase;
import plenary.kernel.Plural;
import plenary.studygroups.ConsensusRule;

/**
 * Whether the answers of the participating committees meet the study group's rule, and if not, why, in words (phrases
 * the page says in its reader's language and the API in English). Plain Java: the committees by name, each with its
 * answer or none yet.
 */
final class Consensus {

    /** A participating committee and its answer, if it has given one. */
    record Standing(String committee, @Nullable Answer answer) {}

    /** Whether the rule is met, and the reasons it is not (empty when it is). */
    record Verdict(boolean met, List<Phrase> reasons) {

        Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    private Consensus() {}

    static Verdict judge(ConsensusRule rule, @Nullable Integer quorum, List<Standing> committees) {
        List<Phrase> reasons = new ArrayList<>();
        if (committees.isEmpty()) {
            reasons.add(Phrase.of("endorsement.consensus.no-committee"));
            return new Verdict(false, reasons);
        }
        List<String> missing = names(committees, s -> s.answer() == null);
        List<String> objecting = names(committees, s -> s.answer() == Answer.OBJECTS);
        switch (rule) {
            case FULL_CONSENSUS, CONSENSUS_WITH_RESERVATIONS -> {
                Phrase needed = Phrase.of(
                        rule == ConsensusRule.FULL_CONSENSUS
                                ? "endorsement.consensus.rule.full"
                                : "endorsement.consensus.rule.reservations");
                say(reasons, missing, "not-answered", needed);
                say(reasons, objecting, "objects", needed);
                say(reasons, names(committees, s -> s.answer() == Answer.ABSTAINS), "abstains", needed);
                if (rule == ConsensusRule.FULL_CONSENSUS) {
                    say(
                            reasons,
                            names(committees, s -> s.answer() == Answer.ENDORSES_WITH_RESERVATION),
                            "reserves",
                            needed);
                }
            }
            case QUORUM -> {
                int required = quorum == null ? committees.size() : quorum;
                long endorsing = committees.stream()
                        .filter(s -> s.answer() != null && s.answer().endorses())
                        .count();
                if (endorsing < required) {
                    reasons.add(Phrase.of(
                            "endorsement.consensus.quorum-short",
                            endorsing,
                            required,
                            missing.isEmpty() ? Phrase.of("endorsement.consensus.none") : String.join(", ", missing),
                            Plural.form(required),
                            Plural.form(endorsing)));
                }
                say(reasons, objecting, "objects", Phrase.of("endorsement.consensus.rule.quorum"));
            }
            default -> throw new IllegalStateException("Unknown rule " + rule);
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    private static List<String> names(List<Standing> committees, Predicate<Standing> which) {
        return committees.stream().filter(which).map(Standing::committee).toList();
    }

    /** "CSCAP-Japan, CSCAP-Korea object; the group's rule is …": the verb agrees with how many committees it names. */
    private static void say(List<Phrase> reasons, List<String> names, String verb, Phrase rule) {
        if (!names.isEmpty()) {
            reasons.add(Phrase.of(
                    "endorsement.consensus.reason",
                    String.join(", ", names),
                    Phrase.of("endorsement.consensus." + verb, names.size()),
                    rule));
        }
    }
}
