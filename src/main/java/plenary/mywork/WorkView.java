package plenary.mywork;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;

/** One line of a person's work as the page and the API show it: the item, its kind in words, and whether it is late. */
public record WorkView(
        WorkKind kind,
        String kindLabel,
        String what,
        @Nullable String studyGroup,
        String about,
        @Nullable Instant deadline,
        boolean overdue,
        @Nullable String link) {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    static WorkView of(WorkItem item, Instant now) {
        return new WorkView(
                item.kind(),
                item.kind().label(),
                item.what(),
                item.studyGroup(),
                item.about(),
                item.deadline(),
                item.overdue(now),
                item.link());
    }

    /** The deadline as people read it ("5 Dec 2026, 17:00 UTC"), or an empty text when there is none. */
    public String deadlineText() {
        return deadline == null ? "" : SHOWN.format(deadline.atZone(ZoneOffset.UTC));
    }
}
