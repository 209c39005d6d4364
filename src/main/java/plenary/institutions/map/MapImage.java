package plenary.institutions.map;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The membership map as a picture (SVG), for any day. A file rather than a page: it is a REST controller so that a
 * day that is no date is refused as the API refuses it, with a problem detail naming {@code asOf}.
 */
@RestController
class MapImage {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    /** The languages the picture speaks besides English, which it speaks when asked for none or another. */
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Memberships memberships;
    private final MessageSource texts;
    private final Clock clock = Clock.systemUTC();

    MapImage(Memberships memberships, MessageSource texts) {
        this.memberships = memberships;
        this.texts = texts;
    }

    /**
     * The map in the language {@code lang} names ({@code ru}), else in English. The language is in the address
     * rather than taken from the request's headers, so that the picture of one address is the same for everyone.
     */
    @GetMapping("/institutions/map.svg")
    ResponseEntity<byte[]> map(
            @RequestParam(required = false) @Nullable String asOf,
            @RequestParam(required = false) @Nullable String lang) {
        LocalDate day = Days.read(asOf, LocalDate.now(clock));
        Locale reader = RUSSIAN.getLanguage().equals(lang) ? RUSSIAN : Locale.ENGLISH;
        String svg = MembershipMap.of(Overlap.of(memberships.asOf(day)), day, MapWords.in(texts, reader));
        return ResponseEntity.ok()
                .contentType(SVG)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("membership-map-" + day + ".svg")
                                .build()
                                .toString())
                .body(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code lang} a page asks the picture in for its reader: none for English. */
    static @Nullable String language(Locale reader) {
        return RUSSIAN.getLanguage().equals(reader.getLanguage()) ? RUSSIAN.getLanguage() : null;
    }
}
