package plenary.reports.composition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Span;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.SessionView;
import plenary.meetings.Stance;

/**
 * The passage of one session: a sentence of its objectives, then its interventions in order, one paragraph per
 * exchange (an intervention with those that respond to it, a proposal with the positions taken on it, a pair of
 * competing assessments; a new one where a new speaker starts on something not linked to what went before),
 * joined by the connectives their kinds, stances and links call for.
 */
final class SessionPassage {

    // A session held as a discussion ("Open Discussion") is one, rather than a subject it dealt with.
    private static final Pattern OPEN_DISCUSSION =
            Pattern.compile("(?i)(?:(?:open|general|free|plenary|closing)\\s+)?discussions?");

    private final SpeakerReferences references;
    private final Sentences sentences;

    SessionPassage(SpeakerReferences references, Sentences sentences) {
        this.references = references;
        this.sentences = sentences;
    }

    /** The session's paragraphs, each as its runs of text, in a meeting of {@code sessions} sessions. */
    List<List<Span>> paragraphs(SessionView session, int sessions) {
        references.startSession(session.interventionsInOrder());
        sentences.startSession();
        List<List<Span>> paragraphs = new ArrayList<>();
        List<Span> current = new ArrayList<>(List.of(Span.text(objectives(session, sessions))));
        paragraphs.add(current);
        List<InterventionView> inParagraph = new ArrayList<>();
        List<InterventionView> all = session.interventionsInOrder();
        for (int i = 0; i < all.size(); i++) {
            InterventionView intervention = all.get(i);
            InterventionView before = i == 0 ? null : all.get(i - 1);
            InterventionView after = i + 1 < all.size() ? all.get(i + 1) : null;
            if (startsParagraph(intervention, inParagraph)) {
                current.addAll(sentences.endOfExchange());
                current = new ArrayList<>();
                paragraphs.add(current);
                inParagraph.clear();
            }
            if (!current.isEmpty()) {
                current.add(Span.text(" "));
            }
            current.addAll(sentences.of(intervention, before, after));
            inParagraph.add(intervention);
        }
        current.addAll(sentences.endOfExchange());
        return paragraphs;
    }

    private boolean startsParagraph(InterventionView intervention, List<InterventionView> paragraph) {
        if (paragraph.isEmpty()) {
            return true;
        }
        InterventionView last = paragraph.get(paragraph.size() - 1);
        boolean sameSpeaker = intervention.speakerPersonId() != null
                && intervention.speakerPersonId().equals(last.speakerPersonId());
        boolean linked =
                intervention.links().stream().anyMatch(l -> paragraph.stream().anyMatch(p -> p.id() == l.targetId()));
        boolean reacts = paragraph.stream().anyMatch(p -> sentences.reactsTo(intervention, p));
        return !sameSpeaker && !linked && !reacts && !competing(last, intervention);
    }

    private String objectives(SessionView session, int sessions) {
        String opening = sessions == 1 ? "The session " : "The " + Wording.ordinal(session.number()) + " session ";
        List<String> objectives =
                session.objectives().stream().map(o -> trimStop(o.strip())).toList();
        if (objectives.isEmpty()) {
            if (OPEN_DISCUSSION.matcher(session.theme().strip()).matches()) {
                String discussion = session.theme().strip().toLowerCase(Locale.ROOT);
                return opening + "was " + ("aeiou".indexOf(discussion.charAt(0)) >= 0 ? "an " : "a ") + discussion
                        + ".";
            }
            return opening + "dealt with " + decapitalise(session.theme()) + ".";
        }
        if (objectives.size() <= 2) {
            String first = opening + objectives.get(0) + ".";
            return objectives.size() == 1 ? first : first + " The session " + objectives.get(1) + ".";
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            numbered.add("(" + (i + 1) + ") " + objectives.get(i));
        }
        String last = numbered.remove(numbered.size() - 1);
        return opening + String.join("; ", numbered) + "; and " + last + ".";
    }

    private static String trimStop(String text) {
        return text.endsWith(".") || text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }

    private static String decapitalise(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Whether two interventions are a pair of competing assessments: assessments of the same institution (or both of
     * none named), of opposite stances or the second disagreeing with the first. Assessments of two different
     * institutions do not compete, however they judge them.
     */
    static boolean competing(@Nullable InterventionView first, @Nullable InterventionView second) {
        if (first == null
                || second == null
                || first.kind() != InterventionKind.ASSESSMENT
                || second.kind() != InterventionKind.ASSESSMENT) {
            return false;
        }
        List<Long> firstAbout = first.subjects().institutionIds();
        List<Long> secondAbout = second.subjects().institutionIds();
        boolean sameSubject = firstAbout.isEmpty() && secondAbout.isEmpty()
                || firstAbout.stream().anyMatch(secondAbout::contains);
        if (!sameSubject) {
            return false;
        }
        boolean opposite = first.stance() == Stance.POSITIVE && second.stance() == Stance.NEGATIVE
                || first.stance() == Stance.NEGATIVE && second.stance() == Stance.POSITIVE;
        boolean disagrees = second.links().stream()
                .anyMatch(l -> l.kind() == LinkKind.DISAGREES_WITH && l.targetId() == first.id());
        return opposite || disagrees;
    }

    static boolean linksTo(@Nullable InterventionView from, @Nullable InterventionView to, LinkKind... kinds) {
        if (from == null || to == null) {
            return false;
        }
        for (LinkView link : from.links()) {
            for (LinkKind kind : kinds) {
                if (link.kind() == kind && link.targetId() == to.id()) {
                    return true;
                }
            }
        }
        return false;
    }
}
