package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;

/**
 * The groups a person leads, read from the person: search asks it for every signed-in reader, and reading every
 * group with its lists to find them cost 86 ms a search at size L (500 groups).
 */
@PlenaryIntegrationTest
class StudyGroupLeadersTests {

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    StudyGroupRecords records;

    @Autowired
    StudyGroups groups;

    @Test
    void aPersonLeadsTheGroupsTheyCoChairAndThoseTheyAreRapporteurOf() {
        StudyGroupFixtures fixtures = new StudyGroupFixtures(committees, people, records);
        StudyGroupFixtures.Group first = fixtures.group();
        CommitteeView committee = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        PersonView member = fixtures.person(committee);
        StudyGroupForm second = new StudyGroupForm(
                StudyGroupFixtures.unique("Study Group on Second Tests"),
                "To test again.",
                StudyGroupStatus.ACTIVE,
                2,
                List.of(member.id().value()),
                List.of(first.chair().id().value()),
                List.of(committee.id().value()),
                null);
        StudyGroupView secondGroup = CurrentAccount.asSystem(() -> records.create(second));

        assertThat(groups.ledBy(first.chair().id()))
                .containsExactly(first.view().id(), secondGroup.id());
        assertThat(groups.ledBy(first.rapporteur().id()))
                .containsExactly(first.view().id());
        assertThat(groups.ledBy(member.id())).containsExactly(secondGroup.id());
        assertThat(groups.ledBy(fixtures.person(committee).id())).isEmpty();
    }
}
