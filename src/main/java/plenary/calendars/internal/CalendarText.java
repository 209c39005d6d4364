package plenary.calendars.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a feed as iCalendar text (RFC 5545) with ical4j, which folds long lines and escapes the text: a meeting as
 * an all-day event over its dates, a deadline as an event at its instant, in UTC.
 */
public final class CalendarText {

    private CalendarText() {}

    /**
     * The feed's text, its events stamped {@code now} (to the second) and linked to their pages under {@code base}
     * (Plenary's address, without a trailing slash).
     */
    public static String write(Feed feed, String base, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Plenary//Calendars//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", feed.name()));
        Instant stamp = now.truncatedTo(ChronoUnit.SECONDS);
        for (FeedEntry entry : feed.entries()) {
            calendar.add(event(entry, base, stamp));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("A feed Plenary wrote is not valid iCalendar", e);
        }
        return text.toString();
    }

    private static VEvent event(FeedEntry entry, String base, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(stamp));
        if (entry.at() != null) {
            event.add(new DtStart<>(entry.at()));
        } else {
            event.add(new DtStart<>(Objects.requireNonNull(entry.firstDay())));
            // The end of an all-day event is the day after its last.
            event.add(new DtEnd<>(Objects.requireNonNull(entry.lastDay()).plusDays(1)));
        }
        event.add(new Summary(entry.summary()));
        if (entry.location() != null) {
            event.add(new Location(entry.location()));
        }
        event.add(new Url(URI.create(base + entry.path())));
        return event;
    }
}
