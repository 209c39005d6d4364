package plenary.reports.composition;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.documents.Document.Span;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.SessionView;
import plenary.meetings.Stance;

/**
 * The passage of one session: a sentence of its objectives, then its interventions in order, grouped into
 * paragraphs (a new one where a new speaker starts on something not linked to what went before) and joined by
 * the connectives their kinds, stances and links call for.
 */
final class SessionPassage {

    private final SpeakerReferences references;
    private final Sentences sentences;

    SessionPassage(SpeakerReferences references, Sentences sentences) {
        this.references = references;
        this.sentences = sentences;
    }

    /** The session's paragraphs, each as its runs of text. */
    List<List<Span>> paragraphs(SessionView session) {
        references.startSession(session.interventionsInOrder());
        List<List<Span>> paragraphs = new ArrayList<>();
        List<Span> current = new ArrayList<>(List.of(Span.text(objectives(session))));
        paragraphs.add(current);
        List<InterventionView> inParagraph = new ArrayList<>();
        List<InterventionView> all = session.interventionsInOrder();
        for (int i = 0; i < all.size(); i++) {
            InterventionView intervention = all.get(i);
            InterventionView before = i == 0 ? null : all.get(i - 1);
            InterventionView after = i + 1 < all.size() ? all.get(i + 1) : null;
            if (startsParagraph(intervention, inParagraph)) {
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
        return paragraphs;
    }

    private static boolean startsParagraph(InterventionView intervention, List<InterventionView> paragraph) {
        if (paragraph.isEmpty()) {
            return true;
        }
        InterventionView last = paragraph.get(paragraph.size() - 1);
        boolean sameSpeaker = intervention.speakerPersonId() != null
                && intervention.speakerPersonId().equals(last.speakerPersonId());
        boolean linked =
                intervention.links().stream().anyMatch(l -> paragraph.stream().anyMatch(p -> p.id() == l.targetId()));
        return !sameSpeaker && !linked;
    }

    private String objectives(SessionView session) {
        String opening = "The " + Wording.ordinal(session.number()) + " session ";
        List<String> objectives =
                session.objectives().stream().map(o -> trimStop(o.strip())).toList();
        if (objectives.isEmpty()) {
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

    /** Whether two interventions are a pair of competing assessments: opposite stances, the second disagreeing. */
    static boolean competing(@Nullable InterventionView first, @Nullable InterventionView second) {
        if (first == null
                || second == null
                || first.kind() != InterventionKind.ASSESSMENT
                || second.kind() != InterventionKind.ASSESSMENT) {
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
