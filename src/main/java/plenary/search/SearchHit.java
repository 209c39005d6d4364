package plenary.search;

import org.jspecify.annotations.Nullable;

/**
 * One thing found: its kind, a title, a snippet (HTML: the text escaped, the matches in {@code <mark>}), where to
 * read it, and its study group, meeting and year where it has them.
 */
public record SearchHit(
        String kind,
        String title,
        String snippet,
        String link,
        @Nullable String studyGroup,
        @Nullable String meeting,
        @Nullable Integer year) {}
