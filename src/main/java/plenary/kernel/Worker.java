package plenary.kernel;

import org.jspecify.annotations.Nullable;

/**
 * The one whose work is asked for: the person their account speaks for (none for an account such as the first
 * secretariat account), whether they are the secretariat, and the member committee they represent, if any.
 */
public record Worker(
        @Nullable Long personId,
        boolean secretariat,
        @Nullable Long representedCommittee) {}
