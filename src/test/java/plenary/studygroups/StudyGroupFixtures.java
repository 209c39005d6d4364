package plenary.studygroups;

import java.util.List;
import java.util.UUID;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;

/** Committees, people and study groups of their own for each test, with names no other test uses. */
final class StudyGroupFixtures {

    private final CommitteeRecords committees;
    private final PersonRecords people;
    private final StudyGroupRecords records;

    StudyGroupFixtures(CommitteeRecords committees, PersonRecords people, StudyGroupRecords records) {
        this.committees = committees;
        this.people = people;
        this.records = records;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    CommitteeView committee(CommitteeKind kind) {
        return CurrentAccount.asSystem(
                () -> committees.create(new CommitteeForm(unique("CSCAP-Test"), unique("CT"), kind, null, null)));
    }

    PersonView person(CommitteeView committee) {
        return CurrentAccount.asSystem(() -> people.create(new PersonForm(
                unique("Expert"),
                Nationality.KR,
                "Institute of Tests",
                committee == null ? null : committee.id().value(),
                Pronoun.SHE,
                null,
                null)));
    }

    /** A concluding group of three planned meetings with two co-chairs from two committees and one rapporteur. */
    Group group() {
        CommitteeView first = committee(CommitteeKind.MEMBER_COMMITTEE);
        CommitteeView second = committee(CommitteeKind.MEMBER_COMMITTEE);
        PersonView chair = person(first);
        PersonView otherChair = person(second);
        PersonView rapporteur = person(first);
        StudyGroupForm form = new StudyGroupForm(
                unique("Study Group on Test Governance"),
                "To test the rules.",
                StudyGroupStatus.CONCLUDING,
                3,
                List.of(chair.id().value(), otherChair.id().value()),
                List.of(rapporteur.id().value()),
                List.of(first.id().value(), second.id().value()),
                null);
        StudyGroupView view = CurrentAccount.asSystem(() -> records.create(form));
        return new Group(view, form, first, second, chair, otherChair, rapporteur);
    }

    /** A saved group and the records it names. */
    record Group(
            StudyGroupView view,
            StudyGroupForm form,
            CommitteeView first,
            CommitteeView second,
            PersonView chair,
            PersonView otherChair,
            PersonView rapporteur) {

        long id() {
            return view.id().value();
        }
    }
}
