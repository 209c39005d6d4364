package plenary.imports;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.kernel.Rules;
import plenary.meetings.InterventionKind;

/**
 * What the owner of a draft sends to store it as a meeting: the study group the meeting belongs to, and any
 * corrections of what the import read, as the review page makes them. A correction left out keeps what was read;
 * a list, when given, has one entry for each session ({@code themes}) or intervention ({@code kinds},
 * {@code stances}: a stance's name, or "" for none), in order.
 */
public record ConfirmForm(
        @Nullable Long studyGroupId,
        @Nullable Integer ordinal,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @MaxLength(120) @PlainText @Nullable String city,
        @MaxSize(100) @Nullable List<@MaxLength(1000) @PlainText String> themes,
        @MaxSize(2000) @Nullable List<InterventionKind> kinds,
        @MaxSize(2000) @Nullable List<String> stances) {

    /** Only the study group: the record as the import read it. */
    public ConfirmForm(@Nullable Long studyGroupId) {
        this(studyGroupId, null, null, null, null, null, null, null);
    }

    /** The page's form for this record: what was read, with the corrections given here. */
    ImportPageForm corrections(ImportedRecord record) {
        ImportPageForm read = ImportPageForm.of(record);
        new Rules()
                .check(
                        sized(themes, record.sessions().size()),
                        "themes",
                        "one-per-session",
                        count(themes, record.sessions().size(), "session"))
                .check(
                        sized(kinds, record.interventions().size()),
                        "kinds",
                        "one-per-intervention",
                        count(kinds, record.interventions().size(), "intervention"))
                .check(
                        sized(stances, record.interventions().size()),
                        "stances",
                        "one-per-intervention",
                        count(stances, record.interventions().size(), "intervention"))
                .enforce();
        return new ImportPageForm(
                studyGroupId,
                ordinal != null ? ordinal : read.ordinal(),
                startsOn != null ? startsOn : read.startsOn(),
                endsOn != null ? endsOn : read.endsOn(),
                city != null ? city : read.city(),
                themes != null ? themes : read.themes(),
                kinds != null ? kinds : read.kinds(),
                stances != null ? stances : read.stances());
    }

    private static boolean sized(@Nullable List<?> given, int expected) {
        return given == null || given.size() == expected;
    }

    private static String count(@Nullable List<?> given, int expected, String item) {
        return "must have one entry for each " + item + " of the draft: it has " + expected + ", "
                + (given == null ? 0 : given.size()) + " were given";
    }
}
