package plenary.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.meetings.AttributionRule;

class AttributionTests {

    final CommitteeView cscapRussia = new CommitteeView(
            new CommitteeId(7), "CSCAP Russia", "CSCAP-Russia", CommitteeKind.MEMBER_COMMITTEE, Nationality.RU, 0);
    final PersonView russian = new PersonView(
            new PersonId(1), "Ivan Petrov", Nationality.RU, "IMEMO", new CommitteeId(7L), Pronoun.HE, null, 0);
    final PersonView american =
            new PersonView(new PersonId(2), "Ann Lee", Nationality.US, null, null, Pronoun.SHE, null, 0);

    @Test
    void eachRuleDescribesTheSpeakerAsTheSeedDoes() {
        assertThat(Attribution.describe(AttributionRule.NONE, russian, cscapRussia))
                .isEqualTo("a participant");
        assertThat(Attribution.describe(AttributionRule.BY_NATIONALITY, russian, cscapRussia))
                .isEqualTo("a Russian participant");
        assertThat(Attribution.describe(AttributionRule.BY_COMMITTEE, russian, cscapRussia))
                .isEqualTo("a participant from CSCAP-Russia");
        assertThat(Attribution.describe(AttributionRule.NAMED, russian, cscapRussia))
                .isEqualTo("Ivan Petrov");
    }

    @Test
    void anAdjectiveStartingWithAVowelTakesAn() {
        assertThat(Attribution.describe(AttributionRule.BY_NATIONALITY, american, null))
                .isEqualTo("an American participant");
    }

    @Test
    void someoneWithoutCommitteeComesFromAnotherRegion() {
        assertThat(Attribution.describe(AttributionRule.BY_COMMITTEE, american, null))
                .isEqualTo("a participant from another region");
    }

    @Test
    void theDescriberLooksUpPeopleAndTheirCommittees() {
        var describe = Attribution.describer(
                AttributionRule.BY_COMMITTEE,
                Map.of(new PersonId(1), russian),
                id -> id.value() == 7L ? cscapRussia : null);
        assertThat(describe.apply(new PersonId(1))).isEqualTo("a participant from CSCAP-Russia");
        assertThat(describe.apply(new PersonId(99))).isEqualTo("a participant");
    }
}
