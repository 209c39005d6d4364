package plenary.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.support.DefaultConversionService;
import plenary.directory.PersonId;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecordChanged;
import plenary.reports.ReportSentForReview;
import plenary.studygroups.StudyGroupId;
import tools.jackson.databind.json.JsonMapper;

/** An id record is a number on the wire: in JSON (events in the registry too), in URLs, in form fields. */
class IdentifierTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEventWithIdRecordsReadsAndWritesAsItDidWithNumbers() {
        String written = json.writeValueAsString(new MeetingRecordChanged(new MeetingId(5), new StudyGroupId(2)));
        assertThat(written).isEqualTo("{\"meetingId\":5,\"studyGroupId\":2}");
        assertThat(json.readValue("{\"meetingId\":7,\"studyGroupId\":3}", MeetingRecordChanged.class))
                .isEqualTo(new MeetingRecordChanged(new MeetingId(7), new StudyGroupId(3)));
    }

    @Test
    void aListOfIdsIsAListOfNumbers() {
        var sent = new ReportSentForReview(
                new MeetingId(1), 2, 3, "Report", Instant.EPOCH, List.of(new PersonId(8), new PersonId(9)));
        assertThat(json.writeValueAsString(sent)).contains("\"personIds\":[8,9]");
    }

    @Test
    void aPathVariableConvertsToAnIdRecordAndNonsenseIsRefused() {
        var conversion = new DefaultConversionService();
        assertThat(conversion.convert("42", MeetingId.class)).isEqualTo(new MeetingId(42));
        assertThatThrownBy(() -> conversion.convert("forty-two", MeetingId.class))
                .hasRootCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void anIdPrintsAsItsNumberAndGivesItBackForARequestRecord() {
        assertThat(new PersonId(12)).hasToString("12");
        assertThat(Identifier.numbersOf(List.of(new PersonId(1), new PersonId(2))))
                .containsExactly(1L, 2L);
        assertThat(Identifier.numberOf(null)).isNull();
    }
}
