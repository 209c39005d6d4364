package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.imports.internal.Speakers.Speaker;

/**
 * Splits a session's sentences into interventions. An intervention starts where a paragraph or bullet does, where
 * a sentence opens with a speaker ({@link Speakers}), where a passive sentence reports what no one is named for
 * ("Some concerns were expressed", "There was a proposal", "An opinion was expressed"), where it ends by naming its
 * speaker ("… was given by the participant"), where the speaker turns to a proposal ("He proposed"), and where "On
 * the one hand" or "On the other hand" opens a view of a discussion that names no speaker. Any other sentence
 * goes on with the intervention before it, and so does a group's reaction to what was just proposed, in the same
 * paragraph ("Several participants favoured the proposal in principle."): reports fold it into the proposal's.
 */
final class Turns {

    /** An intervention's sentences, its speaker phrase and nationality, and the rule that started it. */
    record Turn(
            List<Passage> sentences,
            @Nullable String speaker,
            @Nullable String nationality,
            String rule) {

        Passage passage(String source) {
            return Passage.of(
                    source,
                    sentences.get(0).start(),
                    sentences.get(sentences.size() - 1).end());
        }
    }

    private static final Pattern PASSIVE = Pattern.compile(Speakers.CONNECTIVE
            + "(?:(?:Some\\s+|Serious\\s+)?[Cc]oncerns?\\s+(?:was|were)\\s+(?:expressed|raised|voiced)"
            + "|There\\s+(?:was|were)\\s+(?:a\\s+proposal|(?:a\\s+lot\\s+of\\s+|some\\s+|extensive\\s+)?discussions?"
            + "|competing|different|divergent)"
            + "|(?:[Aa]n?\\s+)?(?:opinion|view|suggestion|question)s?\\s+(?:was|were)\\s+(?:expressed|made|raised|put)"
            + "|(?:Different|Divergent|Competing)\\s+views\\s+were|(?:[Tt]he\\s+)?[Pp]articipants\\s+(?:discussed"
            + "|agreed|noted|exchanged|debated)|It\\s+was\\s+(?:suggested|proposed|argued|noted))");
    private static final Pattern ATTRIBUTED_AT_END = Pattern.compile(
            "\\bby\\s+(?:the|a|an|one|another)\\s+(?:[A-Z][a-z]+\\s+)?(?:participant|presenter|expert|speaker)\\W*$");
    private static final Pattern TURN_TO_PROPOSAL = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Tt]hey)\\s+proposed\\b");
    private static final Pattern GROUP_REACTION = Pattern.compile(
            "^(?:Several|Some|Many|Most|Other)\\s+participants\\s+(?:supported|favou?red|welcomed|endorsed|opposed)"
                    + "\\s+(?:the|this)\\s+(?:proposal|idea)\\b[^.;]*[.;]?$");
    private static final Pattern CONTRAST = Pattern.compile("^On\\s+the\\s+(?:one|other)\\s+hand,");

    private Turns() {}

    /** The interventions of a session, from its blocks' sentences (each list one block). */
    static List<Turn> of(List<List<Passage>> blocks) {
        List<Turn> turns = new ArrayList<>();
        @Nullable Turn current = null;
        for (List<Passage> block : blocks) {
            for (int i = 0; i < block.size(); i++) {
                Passage sentence = block.get(i);
                String text = sentence.text();
                Speaker speaker = Speakers.opening(text);
                String rule = null;
                String phrase = null;
                String nationality = null;
                if (current != null && i > 0 && GROUP_REACTION.matcher(text).find()) {
                    rule = null;
                } else if (speaker != null) {
                    rule = speaker.rule();
                    phrase = speaker.phrase();
                    nationality = speaker.nationality();
                } else if (PASSIVE.matcher(text).find()) {
                    rule = "passive-report";
                } else if (ATTRIBUTED_AT_END.matcher(text).find()) {
                    rule = "attributed-at-end";
                    java.util.regex.Matcher m = ATTRIBUTED_AT_END.matcher(text);
                    phrase = m.find() ? text.substring(m.start() + 3).replaceAll("\\W+$", "") : null;
                } else if (current != null && TURN_TO_PROPOSAL.matcher(text).find()) {
                    rule = "turns-to-proposal";
                    java.util.regex.Matcher m = TURN_TO_PROPOSAL.matcher(text);
                    phrase = m.find()
                            ? text.substring(m.start(), m.start() + m.group().indexOf(' '))
                            : null;
                    nationality = current.nationality();
                } else if (current != null
                        && current.speaker() == null
                        && CONTRAST.matcher(text).find()) {
                    rule = "contrasting-view";
                } else if (i == 0 || current == null) {
                    rule = "new-paragraph";
                }
                if (rule != null) {
                    current = new Turn(new ArrayList<>(List.of(sentence)), phrase, nationality, rule);
                    turns.add(current);
                } else {
                    Objects.requireNonNull(current).sentences().add(sentence);
                }
            }
        }
        return turns;
    }
}
