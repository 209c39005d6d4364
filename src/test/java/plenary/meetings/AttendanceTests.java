package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    }
}
