package plenary.reports.composition;

import static plenary.reports.composition.SessionPassage.competing;
import static plenary.reports.composition.SessionPassage.linksTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;
import plenary.documents.Document.Span;
import plenary.institutions.InstitutionId;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Stance;

/**
 * The sentences of one intervention: the speaker as the attribution rule allows, the neutral summary, and
 * the connective its place calls for ("On the one hand", "On the other hand", "In this regard", "Instead").
 * A summary is written as what the speaker did ("argued that …"); one without a speaker is a whole sentence
 * ("Some concerns were expressed that …").
 */
final class Sentences {

    private final ReportContext context;
    private final SpeakerReferences references;
    private boolean lastInThisRegard;

    Sentences(ReportContext context, SpeakerReferences references) {
        this.context = context;
        this.references = references;
    }

    List<Span> of(InterventionView intervention, @Nullable InterventionView before, @Nullable InterventionView after) {
        List<Span> spans = new ArrayList<>();
        if (competing(intervention, after) && !framedBy(before, intervention)) {
            spans.add(Span.text(competingAssessments(intervention) + " "));
        }
        String connective = connective(intervention, before, after);
        // One "In this regard" is enough: a second in a row would read as a tic.
        if ("In this regard, ".equals(connective) && lastInThisRegard) {
            connective = null;
        }
        lastInThisRegard = "In this regard, ".equals(connective);
        PersonId speaker = intervention.speakerPersonId();
        String summary = Wording.sentence(intervention.summary());
        if (speaker == null || Wording.isWholeSentence(summary)) {
            references.noSpeaker();
            spans.add(Span.text(connective == null ? summary : connective + Wording.afterConnective(summary)));
        } else {
            String reference = references.refer(speaker, intervention.speakerDescribedBy());
            if (connective != null) {
                spans.add(Span.text(connective));
            }
            spans.add(Span.speaker(
                    connective == null ? Wording.capitalise(reference) : reference, references.speakerEId(speaker)));
            spans.add(Span.text(" " + (continues(intervention, before) ? "also " : "") + summary));
        }
        elaborationOfEarlierMeeting(intervention).ifPresent(s -> spans.add(Span.text(" " + s)));
        return spans;
    }

    private @Nullable String connective(
            InterventionView intervention, @Nullable InterventionView before, @Nullable InterventionView after) {
        if (competing(intervention, after)) {
            return "On the one hand, ";
        }
        if (competing(before, intervention)
                || intervention.links().stream()
                        .anyMatch(l -> l.kind() == LinkKind.DISAGREES_WITH
                                && l.targetMeetingId() == context.meeting().id().value())) {
            return "On the other hand, ";
        }
        if (isAlternativeTo(intervention, before)) {
            return "Instead, ";
        }
        boolean differentSpeaker = intervention.speakerPersonId() == null
                || before == null
                || !intervention.speakerPersonId().equals(before.speakerPersonId());
        if (intervention.kind() == InterventionKind.CONCERN) {
            return null;
        }
        boolean responds = intervention.links().stream()
                .anyMatch(l -> (l.kind() == LinkKind.RESPONDS_TO || l.kind() == LinkKind.SUPPORTS)
                        && l.targetMeetingId() == context.meeting().id().value()
                        && l.targetKind() != InterventionKind.GENERAL_DISCUSSION);
        return responds && differentSpeaker ? "In this regard, " : null;
    }

    /** The same speaker doing the same again ("He argued … He also argued …"). */
    private static boolean continues(InterventionView intervention, @Nullable InterventionView before) {
        return before != null
                && intervention.speakerPersonId() != null
                && intervention.speakerPersonId().equals(before.speakerPersonId())
                && firstWord(intervention.summary()).equals(firstWord(before.summary()));
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    /** A proposal that follows its own speaker's negative assessment offers an alternative: "Instead" he proposed. */
    private static boolean isAlternativeTo(InterventionView intervention, @Nullable InterventionView before) {
        return before != null
                && intervention.kind() == InterventionKind.PROPOSAL
                && before.kind() == InterventionKind.ASSESSMENT
                && before.stance() == Stance.NEGATIVE
                && intervention.speakerPersonId() != null
                && intervention.speakerPersonId().equals(before.speakerPersonId());
    }

    /** A general discussion of mixed views just before a pair of assessments already says they compete. */
    private static boolean framedBy(@Nullable InterventionView before, InterventionView intervention) {
        return before != null
                && before.kind() == InterventionKind.GENERAL_DISCUSSION
                && before.stance() == Stance.MIXED
                && linksTo(intervention, before, LinkKind.RESPONDS_TO, LinkKind.ELABORATES);
    }

    private String competingAssessments(InterventionView intervention) {
        return intervention.subjects().institutionIds().stream()
                .map(id -> context.institutions().get(new InstitutionId(id)))
                .filter(i -> i != null)
                .findFirst()
                .map(i -> "As for the " + i.name() + ", there were competing assessments.")
                .orElse("There were competing assessments.");
    }

    private Optional<String> elaborationOfEarlierMeeting(InterventionView intervention) {
        return intervention.links().stream()
                .filter(l -> l.kind() == LinkKind.ELABORATES
                        && l.targetMeetingId() != context.meeting().id().value())
                .findFirst()
                .map(link -> elaboration(link, intervention.speakerPersonId()));
    }

    private String elaboration(LinkView link, @Nullable PersonId speaker) {
        MeetingSummary earlier = context.meetingNumbered(link.targetMeetingOrdinal());
        String when = earlier == null ? "" : " in " + Wording.month(earlier.startsOn());
        String where = "the " + Wording.ordinal(link.targetMeetingOrdinal()) + " meeting of the Study Group" + when;
        if (speaker == null) {
            return "This elaborated further the arguments that were presented at " + where + ".";
        }
        return "%s elaborated further %s arguments that were presented at %s."
                .formatted(Wording.capitalise(references.refer(speaker)), references.possessive(speaker), where);
    }
}
