package plenary.reports.composition;

import static plenary.reports.composition.SessionPassage.competing;
import static plenary.reports.composition.SessionPassage.linksTo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.documents.Document.Span;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Stance;

/**
 * The sentences of one intervention: the speaker as the attribution rule allows, the neutral summary, and
 * the connective its relation to what went before calls for ("On the one hand", "On the other hand", "In
 * response", "In this regard", "Instead"); after a proposal, the positions taken on it. A summary is written as
 * what the speaker did ("argued that …"); one without a speaker is a whole sentence ("Some concerns were
 * expressed that …").
 */
final class Sentences {

    private final ReportContext context;
    private final SpeakerReferences references;
    private final Reactions reactions;
    private final Set<String> framedInSession = new HashSet<>();
    private boolean lastInThisRegard;

    Sentences(ReportContext context, SpeakerReferences references) {
        this.context = context;
        this.references = references;
        this.reactions = new Reactions(context, references);
    }

    /** Whether the intervention takes a position on the proposal that the other one put forward. */
    boolean reactsTo(InterventionView intervention, InterventionView proposedIn) {
        return reactions.reactsTo(intervention, proposedIn);
    }

    /** The positions of the exchange just ended that no intervention carried. */
    List<Span> endOfExchange() {
        return reactions.endOfExchange();
    }

    /** Starts a session: no pair of assessments has been framed as competing in it yet. */
    void startSession() {
        framedInSession.clear();
        lastInThisRegard = false;
    }

    List<Span> of(InterventionView intervention, @Nullable InterventionView before, @Nullable InterventionView after) {
        List<Span> spans = new ArrayList<>();
        if (competing(intervention, after) && !framedBy(before, intervention)) {
            frame(intervention).ifPresent(f -> spans.add(Span.text(f + " ")));
        }
        String connective = connective(intervention, before, after);
        // One "In this regard" is enough: a second in a row would read as a tic.
        if ("In this regard, ".equals(connective) && lastInThisRegard) {
            connective = null;
        }
        lastInThisRegard = "In this regard, ".equals(connective);
        PersonId speaker = intervention.speakerPersonId();
        String summary = Wording.sentence(intervention.summary());
        if (speaker != null) {
            summary = Wording.predicate(summary);
        }
        Optional<LinkView> earlierDisagreement = earlier(intervention, LinkKind.DISAGREES_WITH);
        if (speaker == null || Wording.isWholeSentence(summary)) {
            references.noSpeaker();
            String sentence = Wording.withoutOpeningFigure(summary);
            spans.add(Span.text(connective == null ? sentence : connective + Wording.afterConnective(sentence)));
            earlierDisagreement.ifPresent(
                    link -> spans.add(Span.text(" This disagreed with a view expressed at " + where(link) + ".")));
        } else {
            String opening = earlierDisagreement
                    .map(link -> "Disagreeing with a view expressed at " + where(link) + ", ")
                    .orElse(connective);
            String reference = references.refer(speaker, intervention.speakerDescribedBy());
            if (opening != null) {
                spans.add(Span.text(opening));
            }
            spans.add(Span.speaker(
                    opening == null ? Wording.capitalise(reference) : reference, references.speakerEId(speaker)));
            if (reactions.qualifies(intervention)) {
                spans.add(Span.text(" supported it, although " + references.subject(speaker) + " " + summary));
            } else {
                spans.add(Span.text(" " + (continues(intervention, before) ? "also " : "") + summary));
            }
        }
        elaborationOfEarlierMeeting(intervention).ifPresent(s -> spans.add(Span.text(" " + s)));
        reactions.to(intervention).forEach(spans::add);
        return spans;
    }

    private @Nullable String connective(
            InterventionView intervention, @Nullable InterventionView before, @Nullable InterventionView after) {
        if (competing(intervention, after)) {
            return "On the one hand, ";
        }
        if (competing(before, intervention) || hereLinks(intervention, LinkKind.DISAGREES_WITH)) {
            return "On the other hand, ";
        }
        if (isAlternativeTo(intervention, before)) {
            return "Instead, ";
        }
        boolean differentSpeaker = intervention.speakerPersonId() == null
                || before == null
                || !intervention.speakerPersonId().equals(before.speakerPersonId());
        // Agreement needs no connective: "Another participant agreed."
        if (intervention.kind() == InterventionKind.CONCERN
                || reactions.qualifies(intervention)
                || Wording.predicate(intervention.summary()).startsWith("agreed")) {
            return null;
        }
        if (isResponse(intervention) && differentSpeaker) {
            return "In response, ";
        }
        boolean responds = intervention.links().stream()
                .anyMatch(l -> (l.kind() == LinkKind.RESPONDS_TO || l.kind() == LinkKind.SUPPORTS)
                        && here(l)
                        && l.targetKind() != InterventionKind.GENERAL_DISCUSSION);
        return responds && differentSpeaker ? "In this regard, " : null;
    }

    /** A response proper: one recorded as a response, or an answer to a question, rather than a remark on a point. */
    private boolean isResponse(InterventionView intervention) {
        return intervention.links().stream()
                .anyMatch(l -> l.kind() == LinkKind.RESPONDS_TO
                        && here(l)
                        && (intervention.kind() == InterventionKind.RESPONSE
                                || l.targetKind() == InterventionKind.QUESTION));
    }

    private boolean hereLinks(InterventionView intervention, LinkKind kind) {
        return intervention.links().stream().anyMatch(l -> l.kind() == kind && here(l));
    }

    private boolean here(LinkView link) {
        return link.targetMeetingId() == context.meeting().id().value();
    }

    /** The same speaker doing the same again ("He argued … He also argued …"). */
    private static boolean continues(InterventionView intervention, @Nullable InterventionView before) {
        return before != null
                && intervention.speakerPersonId() != null
                && intervention.speakerPersonId().equals(before.speakerPersonId())
                && firstWord(Wording.predicate(intervention.summary()))
                        .equals(firstWord(Wording.predicate(before.summary())));
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

    /**
     * The sentence that frames a pair of competing assessments: "As for the Six Party Talks, there were competing
     * assessments." once a session; a later pair on another institution "The East Asia Summit, too, drew
     * competing assessments."; a later pair on nothing named goes unframed.
     */
    private Optional<String> frame(InterventionView intervention) {
        InstitutionView institution = intervention.subjects().institutionIds().stream()
                .map(id -> context.institutions().get(new InstitutionId(id)))
                .filter(i -> i != null)
                .findFirst()
                .orElse(null);
        String key = institution == null ? "" : institution.name();
        if (!framedInSession.add(key)) {
            return Optional.empty();
        }
        if (framedInSession.size() == 1) {
            return Optional.of(
                    institution == null
                            ? "There were competing assessments."
                            : "As for the " + institution.name() + ", there were competing assessments.");
        }
        return institution == null
                ? Optional.empty()
                : Optional.of("The " + institution.name() + ", too, drew competing assessments.");
    }

    private Optional<LinkView> earlier(InterventionView intervention, LinkKind kind) {
        return intervention.links().stream()
                .filter(l -> l.kind() == kind && !here(l))
                .findFirst();
    }

    private Optional<String> elaborationOfEarlierMeeting(InterventionView intervention) {
        return earlier(intervention, LinkKind.ELABORATES)
                .map(link -> elaboration(link, intervention.speakerPersonId()));
    }

    /** An elaboration of an earlier meeting's paper is credited to the paper's author, whoever elaborates it. */
    private String elaboration(LinkView link, @Nullable PersonId speaker) {
        PersonId author = context.earlierSpeakers().get(link.targetId());
        PersonView authorView = context.person(author);
        String whose = authorView == null
                ? "the arguments that were presented"
                : "the arguments that " + author(authorView, speaker) + " had presented";
        if (speaker == null) {
            return "This elaborated further " + whose + " at " + where(link) + ".";
        }
        if (speaker.equals(author)) {
            whose = references.possessive(speaker) + " arguments that were presented";
        }
        return "%s elaborated further %s at %s."
                .formatted(Wording.capitalise(references.refer(speaker)), whose, where(link));
    }

    /** The author as the report describes someone it does not name: "another participant", "a Korean participant". */
    private String author(PersonView author, @Nullable PersonId speaker) {
        String description = references.description(author);
        PersonView speaking = context.person(speaker);
        if (speaking != null && description.equals(references.description(speaking))) {
            return "another" + description.substring(description.indexOf(' '));
        }
        return description;
    }

    /** "the second meeting of the Study Group in May", with the year where it was another. */
    private String where(LinkView link) {
        MeetingSummary earlier = context.meetingNumbered(link.targetMeetingOrdinal());
        String when = "";
        if (earlier != null) {
            when = " in " + Wording.month(earlier.startsOn());
            if (earlier.startsOn().getYear() != context.meeting().startsOn().getYear()) {
                when += " " + earlier.startsOn().getYear();
            }
        }
        return "the " + Wording.ordinal(link.targetMeetingOrdinal()) + " meeting of the Study Group" + when;
    }
}
