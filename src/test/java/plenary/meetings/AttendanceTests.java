package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.MeetingWords.english;
import static plenary.meetings.MeetingWords.russian;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import plenary.kernel.Phrase;

class AttendanceTests {

    @Test
    void theSeedsAttendanceIsSaidAsTheSeedSaysIt() {
        assertThat(Attendance.words(20, 9, AttendanceQualifier.MORE_THAN, true))
                .isEqualTo("More than 20 experts from 9 member committees and other regions");
    }

    @Test
    void exactFiguresNeedNoQualifier() {
        assertThat(Attendance.words(1, 1, AttendanceQualifier.EXACTLY, false))
                .isEqualTo("1 expert from 1 member committee");
        assertThat(Attendance.words(12, null, null, false)).isEqualTo("12 experts");
    }

    @Test
    void committeesAloneAreQualifiedToo() {
        assertThat(Attendance.words(null, 9, AttendanceQualifier.ABOUT, false)).isEqualTo("About 9 member committees");
    }

    @Test
    void nothingCountedSaysNothing() {
        assertThat(Attendance.words(null, null, AttendanceQualifier.ABOUT, true))
                .isNull();
        assertThat(Attendance.phrase(null, null, AttendanceQualifier.ABOUT, true))
                .isNull();
    }

    @Test
    void aPageSaysTheAttendanceInEnglishAsTheReportDoes() {
        assertThat(english(phrase(20, 9, AttendanceQualifier.MORE_THAN, true)))
                .isEqualTo("More than 20 experts from 9 member committees and other regions");
        assertThat(english(phrase(1, 1, AttendanceQualifier.EXACTLY, false)))
                .isEqualTo("1 expert from 1 member committee");
        assertThat(english(phrase(21, 31, null, false))).isEqualTo("21 experts from 31 member committees");
        assertThat(english(phrase(12, null, null, true))).isEqualTo("12 experts and other regions");
        assertThat(english(phrase(null, 9, AttendanceQualifier.ABOUT, false))).isEqualTo("About 9 member committees");
    }

    @Test
    void aRussianPageSaysTheFiguresInTheirCases() {
        assertThat(russian(phrase(20, 9, AttendanceQualifier.MORE_THAN, true)))
                .isEqualTo("Более 20 экспертов из 9 комитетов-членов и других регионов");
        assertThat(russian(phrase(1, 1, AttendanceQualifier.EXACTLY, false)))
                .isEqualTo("1 эксперт из 1 комитета-члена");
        assertThat(russian(phrase(22, 21, null, false))).isEqualTo("22 эксперта из 21 комитета-члена");
        assertThat(russian(phrase(11, 3, null, false))).isEqualTo("11 экспертов из 3 комитетов-членов");
        assertThat(russian(phrase(21, null, AttendanceQualifier.ABOUT, false))).isEqualTo("Около 21 эксперта");
        assertThat(russian(phrase(12, null, null, true))).isEqualTo("12 экспертов, в том числе из других регионов");
        assertThat(russian(phrase(null, 2, null, false))).isEqualTo("2 комитета-члена");
        assertThat(russian(phrase(null, 4, AttendanceQualifier.MORE_THAN, false)))
                .isEqualTo("Более 4 комитетов-членов");
    }

    private static Phrase phrase(
            @Nullable Integer experts,
            @Nullable Integer committees,
            @Nullable AttendanceQualifier qualifier,
            boolean otherRegions) {
        return Objects.requireNonNull(Attendance.phrase(experts, committees, qualifier, otherRegions));
    }
}
