package plenary.studygroups.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.kernel.Rules;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupForm;

/**
 * The rules a study group's record keeps: its fields' limits, and that the people and committees it names exist
 * in the directory, each once, with nobody both co-chair and rapporteur and only member committees taking part.
 */
public final class StudyGroupRules {

    static final int TITLE_MAX = 300;
    static final int MANDATE_MAX = 4000;
    static final int MEETINGS_MIN = 1;
    static final int MEETINGS_MAX = 20;

    private StudyGroupRules() {}

    /** The form as it will be stored: text stripped, empty text absent, absent lists empty. */
    public static StudyGroupForm tidy(StudyGroupForm form) {
        return new StudyGroupForm(
                text(form.title()),
                text(form.mandate()),
                form.status(),
                form.plannedMeetings(),
                list(form.coChairIds()),
                list(form.rapporteurIds()),
                list(form.committeeIds()),
                form.rapporteursDraft(),
                form.consensusRule(),
                form.consensusRule() == ConsensusRule.QUORUM ? form.quorum() : null,
                form.version());
    }

    /** The rules a tidy form breaks; the caller may add its own (a title already taken) before enforcing. */
    public static Rules check(StudyGroupForm form, Directory directory) {
        // tidy() made absent lists empty.
        List<Long> coChairIds = Objects.requireNonNull(form.coChairIds());
        List<Long> rapporteurIds = Objects.requireNonNull(form.rapporteurIds());
        List<Long> committeeIds = Objects.requireNonNull(form.committeeIds());
        Rules rules = new Rules()
                .required(form.title(), "title")
                .maxLength(form.title(), TITLE_MAX, "title")
                .maxLength(form.mandate(), MANDATE_MAX, "mandate")
                .required(form.status(), "status");
        Integer planned = form.plannedMeetings();
        rules.check(
                planned == null || planned >= MEETINGS_MIN && planned <= MEETINGS_MAX,
                "plannedMeetings",
                "range",
                "must be between " + MEETINGS_MIN + " and " + MEETINGS_MAX);
        people(rules, coChairIds, "coChairIds", directory);
        people(rules, rapporteurIds, "rapporteurIds", directory);
        rapporteurIds.stream()
                .distinct()
                .filter(id -> id != null && coChairIds.contains(id))
                .forEach(id -> rules.check(
                        false,
                        "rapporteurIds",
                        "distinct",
                        "names " + personName(id, directory) + ", who is already a co-chair"));
        committees(rules, committeeIds, directory);
        quorum(rules, form, committeeIds.size());
        rules.check(
                form.status() == null || !form.status().underWay() || !coChairIds.isEmpty(),
                "coChairIds",
                "required",
                "must name at least one co-chair once the group is active, concluding or concluded");
        return rules;
    }

    /** Under a quorum, how many committees must endorse: at least one, and no more than take part. */
    private static void quorum(Rules rules, StudyGroupForm form, int committees) {
        if (form.consensusRule() != ConsensusRule.QUORUM) {
            return;
        }
        Integer quorum = form.quorum();
        rules.check(quorum != null, "quorum", "required", "must say how many committees must endorse under a quorum");
        rules.check(
                quorum == null || quorum >= 1 && quorum <= Math.max(1, committees),
                "quorum",
                "range",
                "must be between 1 and the " + committees + " participating committees");
    }

    private static void people(Rules rules, List<Long> ids, String field, Directory directory) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (id == null) {
                rules.check(false, field, "required", "has an empty entry");
                continue;
            }
            Optional<PersonView> person = directory.person(new PersonId(id));
            rules.check(person.isPresent(), field, "exists", "names person " + id + ", who is not in the directory");
            rules.check(
                    seen.add(id),
                    field,
                    "distinct",
                    "names " + person.map(PersonView::name).orElse("person " + id) + " twice");
        }
    }

    private static void committees(Rules rules, List<Long> ids, Directory directory) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (id == null) {
                rules.check(false, "committeeIds", "required", "has an empty entry");
                continue;
            }
            Optional<CommitteeView> committee = directory.committee(new CommitteeId(id));
            rules.check(
                    committee.isPresent(),
                    "committeeIds",
                    "exists",
                    "names committee " + id + ", which is not in the directory");
            committee.ifPresent(c -> rules.check(
                    c.kind() == CommitteeKind.MEMBER_COMMITTEE,
                    "committeeIds",
                    "member-committee",
                    "names " + c.name() + ", which is not a member committee"));
            rules.check(
                    seen.add(id),
                    "committeeIds",
                    "distinct",
                    "names " + committee.map(CommitteeView::name).orElse("committee " + id) + " twice");
        }
    }

    private static String personName(long id, Directory directory) {
        return directory.person(new PersonId(id)).map(PersonView::name).orElse("person " + id);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        // Copied through a plain list rather than List.copyOf: an empty entry must reach the rules, not fail here.
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
