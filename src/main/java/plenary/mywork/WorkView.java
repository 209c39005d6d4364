package plenary.mywork;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Phrase;
import plenary.kernel.WorkItem;
import plenary.kernel.WorkKind;

/**
 * One line of a person's work as the page and the API show it: the item, its kind in words, and whether it is late.
 * The page says the words in its reader's language, the API in English.
 */
public record WorkView(
        WorkKind kind,
        Phrase kindLabel,
        Phrase what,
        @Nullable String studyGroup,
        Phrase about,
        @Nullable Instant deadline,
        boolean overdue,
        @Nullable String link) {

    static WorkView of(WorkItem item, Instant now) {
        return new WorkView(
                item.kind(),
                Phrase.of("mywork.kind." + item.kind().name()),
                item.what(),
                item.studyGroup(),
                item.about(),
                item.deadline(),
                item.overdue(now),
                item.link());
    }
}
