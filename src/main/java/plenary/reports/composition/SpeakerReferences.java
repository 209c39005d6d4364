package plenary.reports.composition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.documents.Document.Speaker;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionView;
import plenary.meetings.ParticipantView;

/**
 * How the report refers to speakers under the meeting's attribution rule, keeping references consistent inside
 * a session: the first speaker is "one participant", the next new one "another participant", a speaker who goes
 * on is "he" or "she", and no one is introduced twice as new. Also mints the report's speaker roles.
 */
final class SpeakerReferences {

    private static final String CO_CHAIR = "Co-Chair";

    private final AttributionRule rule;
    private final ReportContext context;
    private final Map<PersonId, Capacity> capacities = new HashMap<>();
    private final Map<PersonId, Speaker> speakers = new LinkedHashMap<>();
    private final Set<PersonId> namedOnce = new HashSet<>();

    private final Set<PersonId> introduced = new HashSet<>();
    private final Map<String, Integer> introducedByGroup = new HashMap<>();
    // Per description ("Japanese participant"): who was introduced under it, in order, and who was named last.
    private final Map<String, List<PersonId>> orderByGroup = new HashMap<>();
    private final Map<String, PersonId> lastByGroup = new HashMap<>();
    private final String participant;
    private boolean twoPresenters;
    private @Nullable PersonId previous;

    SpeakerReferences(ReportContext context) {
        this.context = context;
        this.rule = context.meeting().attributionRule();
        this.participant = context.meeting().houseStyle().speakerNoun().word();
        for (ParticipantView p : context.meeting().namedParticipants()) {
            capacities.put(p.personId(), p.capacity());
        }
    }

    /** Starts a session: nobody has been introduced in it yet. */
    void startSession(List<InterventionView> interventions) {
        introduced.clear();
        introducedByGroup.clear();
        orderByGroup.clear();
        lastByGroup.clear();
        previous = null;
        long presenters = interventions.stream()
                .map(InterventionView::speakerPersonId)
                .filter(Objects::nonNull)
                .distinct()
                .filter(id -> capacities.get(id) == Capacity.PRESENTER)
                .count();
        twoPresenters = presenters == 2;
    }

    /** A sentence without a speaker breaks the chain of "he"s. */
    void noSpeaker() {
        previous = null;
    }

    /** The words for the speaker at this point of the text, lower-case; the speaker counts as mentioned. */
    String refer(PersonId personId) {
        return refer(personId, null);
    }

    /**
     * The same, where the record describes this speaker otherwise than the meeting's rule does (the seed's
     * "A Russian participant" in a meeting reported without attribution).
     */
    String refer(PersonId personId, @Nullable AttributionRule describedBy) {
        AttributionRule rule = describedBy == null ? this.rule : describedBy;
        // A speaker took part in the meeting, and the context has every participant.
        PersonView person = Objects.requireNonNull(context.person(personId), "speaker not among the participants");
        String group = group(rule, person) + noun(personId);
        String words;
        if (Objects.equals(previous, personId)) {
            words = pronoun(person).subject();
        } else if (introduced.contains(personId)) {
            int place = orderByGroup.getOrDefault(group, List.of()).indexOf(personId);
            words = personId.equals(lastByGroup.get(group)) || place < 0
                    ? again(rule, person)
                    : returning(rule, person, place);
        } else {
            words = introduce(rule, personId, person);
            introduced.add(personId);
            orderByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(personId);
        }
        lastByGroup.put(group, personId);
        previous = personId;
        speakers.computeIfAbsent(
                personId,
                id -> new Speaker(
                        "speaker_" + (speakers.size() + 1), Wording.capitalise(label(rule, person)), noun(id)));
        return words;
    }

    /** The subject pronoun of the speaker: "he", "she", "they". */
    String subject(PersonId personId) {
        return pronoun(context.person(personId)).subject();
    }

    /** The possessive pronoun of the speaker: "his", "her", "their". */
    String possessive(PersonId personId) {
        return pronoun(context.person(personId)).possessive();
    }

    String speakerEId(PersonId personId) {
        return Objects.requireNonNull(speakers.get(personId), "speaker not referred to yet")
                .eId();
    }

    List<Speaker> speakers() {
        return List.copyOf(speakers.values());
    }

    private String introduce(AttributionRule rule, PersonId personId, PersonView person) {
        String noun = noun(personId);
        String group = group(rule, person) + noun;
        int before = introducedByGroup.merge(group, 1, Integer::sum) - 1;
        return switch (rule) {
            case NAMED -> named(personId, person);
            case NONE ->
                noun.equals(CO_CHAIR)
                        ? coChair(before)
                        : before == 0
                                ? "one " + noun
                                : twoPresenters && noun.equals("presenter") ? "the other presenter" : "another " + noun;
            case BY_NATIONALITY ->
                before == 0
                        ? article(adjective(person)) + " " + adjective(person) + " " + noun
                        : "another " + adjective(person) + " " + noun;
            case BY_COMMITTEE -> (before == 0 ? "a " : "another ") + noun + " from " + committee(person);
        };
    }

    /** "One of the Co-Chairs", then "the other Co-Chair"; a group with one co-chair has "the Co-Chair". */
    private String coChair(int before) {
        int coChairs = context.studyGroup().coChairIds().size();
        if (coChairs <= 1) {
            return "the Co-Chair";
        }
        return before == 0 ? "one of the Co-Chairs" : coChairs == 2 ? "the other Co-Chair" : "another Co-Chair";
    }

    private String again(AttributionRule rule, PersonView person) {
        return switch (rule) {
            case NAMED -> person.name();
            case NONE -> "the same " + noun(person.id());
            case BY_NATIONALITY -> "the same " + adjective(person) + " " + noun(person.id());
            case BY_COMMITTEE -> "the same " + noun(person.id()) + " from " + committee(person);
        };
    }

    /**
     * A speaker coming back after another of the same description spoke: "the same participant" would point to the
     * other one, so the report counts them, "the first Japanese participant".
     */
    private String returning(AttributionRule rule, PersonView person, int place) {
        String which = "the " + Wording.ordinal(place + 1) + " ";
        return switch (rule) {
            case NAMED -> person.name();
            case NONE ->
                noun(person.id()).equals(CO_CHAIR)
                                && context.studyGroup().coChairIds().size() <= 1
                        ? "the Co-Chair"
                        : which + noun(person.id());
            case BY_NATIONALITY -> which + adjective(person) + " " + noun(person.id());
            case BY_COMMITTEE -> which + noun(person.id()) + " from " + committee(person);
        };
    }

    /** How the report describes someone without naming them in its flow: "a Japanese participant". */
    String description(PersonView person) {
        return label(rule, person);
    }

    private String label(AttributionRule rule, PersonView person) {
        return switch (rule) {
            case NAMED -> person.name();
            case NONE -> "a " + noun(person.id());
            case BY_NATIONALITY -> article(adjective(person)) + " " + adjective(person) + " " + noun(person.id());
            case BY_COMMITTEE -> "a " + noun(person.id()) + " from " + committee(person);
        };
    }

    private String named(PersonId personId, PersonView person) {
        boolean first = namedOnce.add(personId);
        return first && person.affiliation() != null
                ? person.name() + " (" + person.affiliation() + ")"
                : person.name();
    }

    private String noun(PersonId personId) {
        Capacity capacity = capacities.get(personId);
        if (capacity == Capacity.CO_CHAIR) {
            return CO_CHAIR;
        }
        return capacity == Capacity.PRESENTER && twoPresenters ? "presenter" : participant;
    }

    private String group(AttributionRule rule, PersonView person) {
        return switch (rule) {
            case BY_NATIONALITY -> adjective(person) + " ";
            case BY_COMMITTEE -> committee(person) + " ";
            default -> "";
        };
    }

    private String committee(PersonView person) {
        CommitteeView committee =
                person.committeeId() == null ? null : context.committees().get(person.committeeId());
        return committee == null ? "another region" : committee.shortName();
    }

    private static String adjective(PersonView person) {
        return person.nationality().adjective();
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static Pronoun pronoun(@Nullable PersonView person) {
        return person == null ? Pronoun.THEY : person.pronoun();
    }
}
