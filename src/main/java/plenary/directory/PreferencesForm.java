package plenary.directory;

import org.jspecify.annotations.Nullable;

/**
 * An account's choice of the interface's language ({@code "en"}, {@code "ru"}) and of the time zone its pages show
 * times in (an IANA name such as {@code "Europe/Moscow"}); blank leaves either to the browser.
 */
public record PreferencesForm(
        @Nullable String language, @Nullable String timeZone) {}
