/** The calendars' stored links, their secrets, and the feeds written as iCalendar text. */
@NullMarked
package plenary.calendars.internal;

import org.jspecify.annotations.NullMarked;
