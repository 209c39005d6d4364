package plenary.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.imports.ImportedRecord.Excerpt;
import plenary.meetings.AttendanceQualifier;
import plenary.meetings.InterventionKind;
import plenary.meetings.PositionStance;
import plenary.meetings.Stance;
import tools.jackson.databind.json.JsonMapper;

/** A report of the test corpus and its gold annotation, written by hand (src/test/resources/imports/gold). */
record Gold(
        String report,
        String shape,
        Meeting meeting,
        List<Session> sessions,
        List<Intervention> interventions,
        List<Proposal> proposals,
        List<NextTask> nextTasks) {

    static final List<String> REPORTS =
            List.of("vladivostok-2011", "busan-2012", "ulsan-2013", "singapore-2014", "canberra-2015");

    record Meeting(
            @Nullable Integer ordinal,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String city,
            @Nullable String country,
            @Nullable Integer experts,
            @Nullable Integer committees,
            @Nullable AttendanceQualifier attendanceQualifier,
            boolean otherRegions,
            @Nullable String host) {}

    record Session(int number, @Nullable String theme, String from, String to, List<String> objectives) {}

    record Intervention(
            int session,
            String from,
            String to,
            InterventionKind kind,
            @Nullable Stance stance,
            @Nullable String speaker,
            @Nullable String nationality,
            List<String> institutions) {}

    record Proposal(int intervention, String from, String to, List<Position> positions) {}

    record Position(int intervention, PositionStance stance) {}

    record NextTask(
            String from,
            String to,
            @Nullable String owner,
            @Nullable String due) {}

    static Gold read(String name) throws IOException {
        return JsonMapper.builder().build().readValue(resource("/imports/gold/" + name + ".json"), Gold.class);
    }

    String text() throws IOException {
        return resource("/imports/reports/" + report);
    }

    /** Where the words from {@code from} to {@code to} stand in the text; whitespace matches any whitespace. */
    static Excerpt locate(String text, String from, String to) {
        Matcher start = words(from).matcher(text);
        if (!start.find()) {
            throw new IllegalArgumentException("the report has no \"" + from + "\"");
        }
        Matcher end = words(to).matcher(text);
        if (!end.find(start.start())) {
            throw new IllegalArgumentException("the report has no \"" + to + "\" after \"" + from + "\"");
        }
        return new Excerpt(start.start(), end.end());
    }

    private static Pattern words(String phrase) {
        return Pattern.compile(String.join(
                "\\s+",
                List.of(phrase.strip().split("\\s+")).stream()
                        .map(Pattern::quote)
                        .toList()));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Gold.class.getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
