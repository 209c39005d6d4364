package plenary.calendars;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import plenary.calendars.internal.CalendarText;
import plenary.calendars.internal.Feed;
import plenary.calendars.internal.PublicFeed;
import plenary.studygroups.StudyGroupId;

/**
 * The feeds calendar clients subscribe to, answered without signing in (they cannot): a private link's, with what
 * its account may read now, and a study group's public one. An unknown or revoked link, like an unknown group, is
 * not found, with nothing more said.
 */
@RestController
class CalendarFeeds {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final PrivateFeeds feeds;
    private final PublicFeed publicFeed;

    CalendarFeeds(PrivateFeeds feeds, PublicFeed publicFeed) {
        this.feeds = feeds;
        this.publicFeed = publicFeed;
    }

    @GetMapping("/calendars/{secret}.ics")
    ResponseEntity<String> link(@PathVariable String secret, WebRequest request) {
        // Private: neither shared caches nor the browser keep it.
        return answer(feeds.of(secret), request, CacheControl.noStore());
    }

    @GetMapping("/study-groups/{id}/calendar.ics")
    ResponseEntity<String> studyGroup(@PathVariable long id, WebRequest request) {
        return answer(publicFeed.of(new StudyGroupId(id)), request, CacheControl.maxAge(Duration.ofMinutes(15)));
    }

    private static ResponseEntity<String> answer(Optional<Feed> found, WebRequest request, CacheControl cache) {
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Feed feed = found.get();
        String etag = feed.etag();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .eTag(etag)
                .cacheControl(cache)
                .body(CalendarText.write(feed, CalendarLinkApi.base(), Instant.now()));
    }
}
