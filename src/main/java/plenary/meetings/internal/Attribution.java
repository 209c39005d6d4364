package plenary.meetings.internal;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.meetings.AttributionRule;

/** Describes a person as a meeting's attribution rule allows: "a participant", "a Russian participant", by name. */
public final class Attribution {

    private Attribution() {}

    public static String describe(AttributionRule rule, PersonView person, @Nullable CommitteeView committee) {
        return switch (rule) {
            case NAMED -> person.name();
            case NONE -> "a participant";
            case BY_NATIONALITY -> article(person.nationality().adjective()) + " participant";
            case BY_COMMITTEE ->
                committee == null ? "a participant from another region" : "a participant from " + committee.shortName();
        };
    }

    /**
     * A description for each of these people under the rule; an unknown person is "a participant".
     *
     * @param committees the committee with an id, or null where there is none
     */
    public static Function<PersonId, String> describer(
            AttributionRule rule, Map<PersonId, PersonView> people, Function<CommitteeId, CommitteeView> committees) {
        return personId -> {
            PersonView person = people.get(personId);
            if (person == null) {
                return "a participant";
            }
            CommitteeView committee = person.committeeId() == null ? null : committees.apply(person.committeeId());
            return describe(rule, person, committee);
        };
    }

    static String article(String word) {
        return ("AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }
}
