/**
 * Calendars: meetings and deadlines as iCalendar feeds. A signed-in account keeps private links
 * ({@code /calendars/{secret}.ics}) to a feed of all its work or of one study group, answered without signing in
 * and with only what the account may read at that moment: the meetings of the study groups its person takes part
 * in, the reviews of reports it was invited to, and the circulations it may comment on. A study group also offers
 * the public a feed of its meetings' dates and places, for the meetings whose reports were published. Only a
 * link's hash is kept. Nothing else uses this module; it reads the others through their public APIs.
 */
@NullMarked
package plenary.calendars;

import org.jspecify.annotations.NullMarked;
