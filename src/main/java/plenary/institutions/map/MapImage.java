package plenary.institutions.map;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
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

    private final Memberships memberships;
    private final Clock clock = Clock.systemUTC();

    MapImage(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/institutions/map.svg")
    ResponseEntity<byte[]> map(@RequestParam(required = false) @Nullable String asOf) {
        LocalDate day = Days.read(asOf, LocalDate.now(clock));
        String svg = MembershipMap.of(Overlap.of(memberships.asOf(day)), day);
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
}
