package plenary.directory;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;

/**
 * What the secretariat sends to create or change an account. The password is required on creation and, on
 * change, replaces the old one only when given.
 */
public record AccountForm(
        @MaxLength(60) @PlainText @Nullable String username,
        @Nullable String password,
        @Nullable Long personId,
        @MaxSize(20) @Nullable Set<Role> roles,
        @Nullable Boolean enabled,
        @Nullable Integer version) {}
