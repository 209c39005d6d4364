package plenary.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Phrase;
import plenary.web.Texts;

/**
 * One thing found: its kind, a title, a snippet (HTML: the text escaped, the matches in {@code <mark>}), where to
 * read it, and its study group, meeting and year where it has them; and, for pages, the title's words (the API
 * says the title in English).
 */
public record SearchHit(
        String kind,
        String title,
        String snippet,
        String link,
        @Nullable String studyGroup,
        @Nullable String meeting,
        @Nullable Integer year,
        @JsonIgnore @Nullable Phrase heading) {

    /** The title in the reader's words where Plenary made it ("Session 3: …"), else as the record has it. */
    public String title(Texts texts) {
        return heading == null ? title : texts.t(heading);
    }
}
