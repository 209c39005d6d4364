package plenary.drafting;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * What the co-chairs send to start a memorandum for their study group: drafted from the group's record (the
 * default), or blank under the title given.
 */
public record MemorandumForm(
        @Nullable Long studyGroupId,
        @Nullable Boolean fromRecord,
        @MaxLength(300) @PlainText @Nullable String title) {}
