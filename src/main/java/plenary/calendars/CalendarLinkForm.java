package plenary.calendars;

import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * What an account sends to make itself a calendar link: a label to know it by, and the study group whose feed it
 * gives ({@code studyGroupId}); without one, the feed of all the person's work.
 */
public record CalendarLinkForm(
        @MaxLength(100) @PlainText @Nullable String label,
        @Nullable Long studyGroupId) {}
