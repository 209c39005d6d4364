package plenary.drafting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import plenary.meetings.MeetingSummary;

/** The first draft's preamble: which meetings the study group held, where and when. */
final class Preamble {

    private static final String[] NUMBERS = {
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Preamble() {}

    /** The preamble of the group titled {@code groupTitle}, whose meetings are given in the order of the series. */
    static String of(String groupTitle, List<MeetingSummary> meetings) {
        String group = "The " + groupName(groupTitle);
        if (meetings.isEmpty()) {
            return group + " has held no meetings yet.";
        }
        if (meetings.size() == 1) {
            MeetingSummary only = meetings.get(0);
            String its = "its" + only.ordinalWords().substring("the".length());
            return group + " held " + its + " " + where(only) + ".";
        }
        List<String> each = new ArrayList<>();
        for (MeetingSummary m : meetings) {
            each.add(m.ordinalWords().replaceFirst(" meeting$", "") + " " + where(m));
        }
        int last = each.size() - 1;
        each.set(last, "and " + each.get(last));
        return group + " held " + number(meetings.size()) + " meetings: " + String.join("; ", each) + ".";
    }

    /** "in Vladivostok, Russia, on 14 November 2011". */
    private static String where(MeetingSummary m) {
        return "in " + m.city() + ", " + m.country().country() + ", " + when(m.startsOn(), m.endsOn());
    }

    /** "on 14 November 2011", "on 14 and 15 November 2011", "from 30 November to 2 December 2011". */
    static String when(LocalDate starts, @Nullable LocalDate ends) {
        if (ends == null || !ends.isAfter(starts)) {
            return "on " + DATE.format(starts);
        }
        if (starts.getYear() != ends.getYear()) {
            return "from " + DATE.format(starts) + " to " + DATE.format(ends);
        }
        if (starts.getMonth() != ends.getMonth()) {
            return "from " + DAY_MONTH.format(starts) + " to " + DATE.format(ends);
        }
        if (ends.equals(starts.plusDays(1))) {
            return "on " + DAY.format(starts) + " and " + DATE.format(ends);
        }
        return "from " + DAY.format(starts) + " to " + DATE.format(ends);
    }

    /** The group's title without a leading article, to follow "the": "CSCAP Study Group on …". */
    static String groupName(String title) {
        String stripped = title.strip();
        return stripped.regionMatches(true, 0, "the ", 0, 4)
                ? stripped.substring(4).strip()
                : stripped;
    }

    private static String number(int n) {
        return n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }
}
