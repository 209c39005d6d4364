package plenary.circulation;

import org.jspecify.annotations.Nullable;
import plenary.directory.CommitteeId;

/**
 * A committee's support in an open bracket as it now stands: for the amendment named (none: the paragraph's own
 * wording), and the very words it supports; none when it was withdrawn.
 */
public record SupportView(
        String bracket,
        CommitteeId committeeId,
        String committee,
        @Nullable Long amendmentId,
        @Nullable String wording,
        boolean withdrawn) {}
