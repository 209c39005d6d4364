package plenary.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import plenary.kernel.Phrase;

/**
 * What every page's layout needs to know about the request: who is signed in, the CSRF token that forms
 * and htmx requests must send back, and the reader's words ({@link Texts}: language, time zone). The token is made
 * only when a page asks for it (a form, or a signed-in layout), because making it opens a session: an anonymous
 * reader of a public page gets none. No one is signed in when {@code username} is null. The {@code query} is the
 * request's own, as sent (null when it has none), which the language links keep.
 */
public record Page(
        @Nullable String username,
        Set<String> roles,
        String csrfParameter,
        String csrfHeader,
        Supplier<String> csrf,
        Texts texts,
        @Nullable Phrase noticeLeft,
        @Nullable String query) {

    public String csrfToken() {
        return csrf.get();
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean secretariat() {
        return has("SECRETARIAT");
    }

    /** The htmx attribute that makes every htmx request carry the CSRF token. */
    public String htmxHeaders() {
        return "{\"" + csrfHeader + "\": \"" + csrfToken() + "\"}";
    }

    /** An interface text in the reader's language. */
    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** Words a module made, in the reader's language. */
    public String t(Phrase phrase) {
        return texts.t(phrase);
    }

    /** The reader's language tag, for {@code <html lang>}. */
    public String language() {
        return texts.locale().toLanguageTag();
    }

    public Locale locale() {
        return texts.locale();
    }

    /** A moment in the reader's time zone and words. */
    public String when(@Nullable Instant moment) {
        return texts.when(moment);
    }

    /** A day in the reader's words. */
    public String day(@Nullable LocalDate day) {
        return texts.day(day);
    }

    /** A day in the reader's words, abbreviated. */
    public String shortDay(@Nullable LocalDate day) {
        return texts.shortDay(day);
    }

    public String number(long n) {
        return texts.number(n);
    }

    /** The name of the reader's time zone, for the note that says in which zone times are shown. */
    public String zoneName() {
        return texts.zone().getId();
    }

    /** A field's label in the reader's language. */
    public String label(String field) {
        return texts.label(field);
    }

    /** The message beside a field: its label and every rule it broke, in the reader's language. */
    public String problem(FormErrors errors, String field) {
        String rules = errors.at(field).stream().map(texts::rule).collect(Collectors.joining("; "));
        return texts.t("form.field-problem", texts.label(field), rules);
    }

    /** The success message left by the previous request (a save that redirected here), or null. */
    public @Nullable String notice() {
        return noticeLeft == null ? null : texts.t(noticeLeft);
    }

    /**
     * The link to this page in another language, keeping its address and the other parameters of its query:
     * {@code ?q=energy&lang=ru} on {@code /search?q=energy}. A {@code lang} already there is replaced.
     */
    public String languageLink(String language) {
        try {
            return UriComponentsBuilder.newInstance()
                    .query(query == null ? "" : query)
                    .replaceQueryParam(ReaderChoices.LANGUAGE_PARAMETER, language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformed) {
            // A query that is not well encoded ("%zz") is left behind rather than the page failing.
            return "?" + ReaderChoices.LANGUAGE_PARAMETER + "=" + language;
        }
    }

    /** The message above a form that is not tied to one field. */
    public @Nullable String generalProblem(FormErrors errors) {
        // English pages keep the record's own words (which record changed, and how); others say it in general.
        if (errors.stale() && !texts.locale().getLanguage().equals("en")) {
            return texts.t("form.stale");
        }
        return errors.general();
    }
}
