package plenary.endorsement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import plenary.studygroups.ConsensusRule;

/**
 * Whether the answers of the participating committees meet the study group's rule, and if not, why, in words. Plain
 * Java: the committees by name, each with its answer or none yet.
 */
final class Consensus {

    /** A participating committee and its answer, if it has given one. */
    record Standing(String committee, @Nullable Answer answer) {}

    /** Whether the rule is met, and the reasons it is not (empty when it is). */
    record Verdict(boolean met, List<String> reasons) {

        Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    private Consensus() {}

    static Verdict judge(ConsensusRule rule, @Nullable Integer quorum, List<Standing> committees) {
        List<String> reasons = new ArrayList<>();
        if (committees.isEmpty()) {
            reasons.add("No member committee takes part in the study group, so none can endorse.");
            return new Verdict(false, reasons);
        }
        List<String> missing = names(committees, s -> s.answer() == null);
        List<String> objecting = names(committees, s -> s.answer() == Answer.OBJECTS);
        switch (rule) {
            case FULL_CONSENSUS, CONSENSUS_WITH_RESERVATIONS -> {
                String needed = rule == ConsensusRule.FULL_CONSENSUS
                        ? "full consensus: every participating committee must endorse without reservation"
                        : "consensus: every participating committee must endorse, with or without reservation";
                say(reasons, missing, "has not answered yet", "have not answered yet", needed);
                say(reasons, objecting, "objects", "object", needed);
                say(reasons, names(committees, s -> s.answer() == Answer.ABSTAINS), "abstains", "abstain", needed);
                if (rule == ConsensusRule.FULL_CONSENSUS) {
                    say(
                            reasons,
                            names(committees, s -> s.answer() == Answer.ENDORSES_WITH_RESERVATION),
                            "endorses only with a reservation",
                            "endorse only with a reservation",
                            needed);
                }
            }
            case QUORUM -> {
                int required = quorum == null ? committees.size() : quorum;
                long endorsing = committees.stream()
                        .filter(s -> s.answer() != null && s.answer().endorses())
                        .count();
                if (endorsing < required) {
                    reasons.add(endorsing + " of the " + required + " committees the quorum requires "
                            + (endorsing == 1 ? "endorses" : "endorse") + "; still to answer: "
                            + (missing.isEmpty() ? "none" : String.join(", ", missing)) + ".");
                }
                say(reasons, objecting, "objects", "object", "a quorum: no committee may object");
            }
            default -> throw new IllegalStateException("Unknown rule " + rule);
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    private static List<String> names(List<Standing> committees, Predicate<Standing> which) {
        return committees.stream().filter(which).map(Standing::committee).toList();
    }

    private static void say(List<String> reasons, List<String> names, String one, String many, String rule) {
        if (!names.isEmpty()) {
            reasons.add(String.join(", ", names) + " " + (names.size() == 1 ? one : many) + "; the group's rule is "
                    + rule + ".");
        }
    }
}
