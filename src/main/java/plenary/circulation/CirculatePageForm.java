package plenary.circulation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.kernel.PlausibleYear;

/**
 * The circulation form as the memorandum's circulations page sends it: a day for the deadline (its end in the
 * drafter's time zone) and
 * the outside recipients as parallel lists of names and addresses, rows left blank ignored.
 */
public record CirculatePageForm(
        @Nullable Integer version,

        @PlausibleYear @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate deadline,

        @MaxLength(2000) @PlainText @Nullable String note,
        @MaxSize(100) @Nullable List<Long> committeeIds,
        @MaxSize(200) @Nullable List<Long> personIds,
        @MaxSize(100) @Nullable List<@MaxLength(300) @PlainText String> outsiderName,
        @MaxSize(100) @Nullable List<@MaxLength(254) @PlainText String> outsiderEmail) {

    static CirculatePageForm blank(@Nullable Integer version) {
        return new CirculatePageForm(version, null, null, List.of(), List.of(), List.of(), List.of());
    }

    /** The form the records take, the deadline's day ending at 23:59 where the drafter is. */
    CirculationForm form(ZoneId zone) {
        return new CirculationForm(
                version,
                deadline == null ? null : deadline.atTime(23, 59).atZone(zone).toInstant(),
                note,
                committeeIds,
                personIds,
                outsiders());
    }

    /** The rows with a name or an address, in the order sent: their index is the one refusals name. */
    public List<CirculationForm.Outsider> outsiders() {
        List<String> names = outsiderName == null ? List.of() : outsiderName;
        List<String> emails = outsiderEmail == null ? List.of() : outsiderEmail;
        List<CirculationForm.Outsider> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(names.size(), emails.size()); i++) {
            String name = i < names.size() ? names.get(i) : null;
            String email = i < emails.size() ? emails.get(i) : null;
            if (!blank(name) || !blank(email)) {
                rows.add(new CirculationForm.Outsider(name, email));
            }
        }
        return rows;
    }

    public boolean committeeChosen(long id) {
        return committeeIds != null && committeeIds.contains(id);
    }

    public boolean personChosen(long id) {
        return personIds != null && personIds.contains(id);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
