package plenary.directory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/**
 * What an account sends to make itself a personal API token: a name to know it by, its scope, and the day it
 * expires (at the end of that day, UTC; when left out, after the default lifetime).
 */
public record ApiTokenForm(
        @MaxLength(100) @PlainText @Nullable String name,
        @Nullable ApiTokenScope scope,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate expiresOn) {}
