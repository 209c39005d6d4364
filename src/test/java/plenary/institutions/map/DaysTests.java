package plenary.institutions.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plenary.kernel.InvalidRecord;

class DaysTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void noDayMeansToday() {
        assertThat(Days.read(null, TODAY)).isEqualTo(TODAY);
        assertThat(Days.read(" ", TODAY)).isEqualTo(TODAY);
    }

    @Test
    void aDayIsReadAsYearMonthDay() {
        assertThat(Days.read("2011-11-14", TODAY)).isEqualTo(LocalDate.of(2011, 11, 14));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011-02-30", "14/11/2011", "2011-11-14T00:00", "+999999999-12-31", "0000-00-00", "2011"})
    void anythingElseIsRefusedNamingAsOf(String text) {
        assertThatThrownBy(() -> Days.read(text, TODAY))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("asOf");
                            assertThat(v.rule()).isEqualTo("date");
                        }));
    }

    @Test
    void theDayIsWrittenInWords() {
        assertThat(Days.inWords(LocalDate.of(2011, 11, 14))).isEqualTo("14 November 2011");
    }
}
