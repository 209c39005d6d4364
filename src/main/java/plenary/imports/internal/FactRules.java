package plenary.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.imports.ImportedRecord.Excerpt;
import plenary.imports.ImportedRecord.Facts;
import plenary.meetings.AttendanceQualifier;

/**
 * The rules that read a meeting's facts from the part of a report before its first session: the ordinal ("the
 * third and final meeting"), the date or dates ("November 14 2011", "22-23 March 2012"), the place ("held in
 * Busan, Republic of Korea, on", or a line "Singapore, 17 October 2014"), the attendance ("More than 20 experts
 * from 9 member committees and other regions") and the host (the member committee named there: "CSCAP-Russia").
 */
final class FactRules {

    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October" + "|November|December)";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?,?\\s+(\\d{4})\\b");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(" + Numbers.ORDINALS_PATTERN + ")\\s+(?:and\\s+final\\s+)?(?:meeting|workshop)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String PLACE =
            "([A-Z][\\w-]+(?:\\s[A-Z][\\w-]+)*),\\s+((?:the\\s+)?[A-Z][\\w-]+(?:\\s(?:of\\s)?[A-Z][\\w-]+)*)";
    private static final Pattern HELD_IN =
            Pattern.compile("(?:held|took\\s+place|convened)\\s+in\\s+" + PLACE + ",?\\s+(?:on|from)\\b");
    private static final Pattern PLACE_LINE = Pattern.compile(
            "(?m)^\\s*([A-Z][\\w-]+(?:\\s[A-Z][\\w-]+)*)(?:,\\s+([A-Z][\\w-]+(?:\\s(?:of\\s)?[A-Z][\\w-]+)*))?,\\s+"
                    + "(?=\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + MONTH + "|" + MONTH + ")");
    private static final Pattern DATE_THEN_PLACE = Pattern.compile(MONTH + "\\s+\\d{1,2},?\\s+\\d{4},\\s+" + PLACE);
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\b(more\\s+than|over|about|some|around|nearly|approximately)?\\s*(" + Numbers.WORDS_PATTERN
                    + ")\\s+(?:experts?|participants?)\\s+from\\s+(" + Numbers.WORDS_PATTERN
                    + ")\\s+member\\s+committees?(\\s+and\\s+(?:observers\\s+from\\s+)?other\\s+regions)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST = Pattern.compile("\\b(CSCAP-[A-Z][A-Za-z]+|[A-Z]{2,}-CSCAP)\\b");

    private FactRules() {}

    static Facts read(String source, int end) {
        String zone = source.substring(0, end);
        LocalDate[] dates = dates(zone);
        String[] place = place(zone);
        Matcher attendance = ATTENDANCE.matcher(zone);
        boolean attended = attendance.find();
        return new Facts(
                title(zone),
                ordinal(zone),
                dates[0],
                dates[1],
                place[0],
                place[1],
                attended ? Numbers.cardinal(attendance.group(2)) : null,
                attended ? Numbers.cardinal(attendance.group(3)) : null,
                attended ? qualifier(attendance.group(1)) : null,
                attended && attendance.group(4) != null,
                first(HOST, zone),
                new Excerpt(0, end));
    }

    private static @Nullable String title(String zone) {
        String firstLine = zone.strip().lines().findFirst().orElse("").strip();
        return firstLine.isEmpty() ? null : firstLine;
    }

    private static @Nullable Integer ordinal(String zone) {
        Matcher m = ORDINAL.matcher(zone);
        return m.find() ? Numbers.ordinal(m.group(1)) : null;
    }

    private static @Nullable LocalDate[] dates(String zone) {
        Matcher a = DAY_MONTH_YEAR.matcher(zone);
        Matcher b = MONTH_DAY_YEAR.matcher(zone);
        boolean foundA = a.find();
        boolean foundB = b.find();
        try {
            if (foundA && (!foundB || a.start() <= b.start())) {
                return span(a.group(4), a.group(3), a.group(1), a.group(2));
            }
            if (foundB) {
                return span(b.group(4), b.group(1), b.group(2), b.group(3));
            }
        } catch (DateTimeException e) {
            // A date that cannot be (30 February) is left for the person to give.
        }
        return new LocalDate[] {null, null};
    }

    private static LocalDate[] span(String year, String month, String first, @Nullable String last) {
        LocalDate starts = LocalDate.of(Integer.parseInt(year), Numbers.month(month), Integer.parseInt(first));
        LocalDate ends = last == null ? starts : starts.withDayOfMonth(Integer.parseInt(last));
        return new LocalDate[] {starts, ends};
    }

    private static @Nullable String[] place(String zone) {
        for (Pattern p : new Pattern[] {HELD_IN, DATE_THEN_PLACE}) {
            Matcher m = p.matcher(zone);
            if (m.find()) {
                int city = m.groupCount() - 1;
                return new String[] {m.group(city), m.group(city + 1).replaceFirst("^the\\s+", "")};
            }
        }
        Matcher line = PLACE_LINE.matcher(zone);
        if (line.find()) {
            String country = line.group(2);
            // A city-state's report names the city alone: "Singapore, 17 October 2014".
            return new String[] {line.group(1), country == null ? line.group(1) : country};
        }
        return new String[] {null, null};
    }

    private static AttendanceQualifier qualifier(@Nullable String words) {
        if (words == null) {
            return AttendanceQualifier.EXACTLY;
        }
        String w = words.toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("more") || w.equals("over") ? AttendanceQualifier.MORE_THAN : AttendanceQualifier.ABOUT;
    }

    private static @Nullable String first(Pattern pattern, String zone) {
        Matcher m = pattern.matcher(zone);
        return m.find() ? m.group(1) : null;
    }
}
