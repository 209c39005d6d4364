package plenary.calendars;

/**
 * A calendar link just made, with its address ({@code url}, holding the secret): the only time it is shown, as
 * Plenary keeps the secret's hash alone.
 */
public record NewCalendarLink(CalendarLinkView link, String url) {}
