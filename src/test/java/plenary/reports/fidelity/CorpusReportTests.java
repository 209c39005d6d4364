package plenary.reports.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plenary.documents.DocumentFormat;
import plenary.documents.Typesetter;
import plenary.reports.composition.ReportComposer;
import plenary.reports.fidelity.ParagraphAlignment.Pair;

/**
 * Each meeting of the corpus written by today's composer and held against the report a rapporteur wrote by
 * hand: chrF over the whole report, and each hand-written paragraph against its partner in the composed one
 * (aligned one-to-one, in order). The floors are what a composer that writes the genre well should reach.
 */
class CorpusReportTests {

    static final List<String> MEETINGS =
            List.of("manila-2013", "tokyo-2014", "seoul-2015", "kuala-lumpur-2016", "hanoi-2017", "ulaanbaatar-2019");

    /**
     * The whole report. The record gives most of a report's words (its summaries, objectives and tasks), so a
     * composer that writes the genre well differs from the rapporteur only in a few words of framing a paragraph.
     */
    static final double CHRF_FLOOR = 0.9;

    /**
     * Each hand-written paragraph against its partner: an exchange told right in other framing words stays near
     * 0.8 or above; one cut in pieces, or missing its positions, a disagreement or a courtesy, falls below.
     */
    static final double PARAGRAPH_FLOOR = 0.75;

    private final Typesetter typesetter = new Typesetter();

    /** Today's figures, one meeting a row, for the README; this test only fails where a report cannot be composed. */
    @Test
    void printsTheFiguresOfEveryMeeting() throws IOException {
        List<Figures> figures = new ArrayList<>();
        for (String meeting : MEETINGS) {
            figures.add(figures(meeting));
        }
        StringBuilder table = new StringBuilder(
                "| meeting | chrF | paragraphs (hand / composed) | aligned mean | aligned least | below "
                        + PARAGRAPH_FLOOR + " |\n|---|---|---|---|---|---|\n");
        figures.forEach(f -> table.append(f.row()).append('\n'));
        System.out.println(table);
        figures.forEach(f -> f.belowFloor().forEach(b -> System.out.println(f.meeting() + ": " + shortened(b))));
        assertThat(figures).hasSize(MEETINGS.size());
    }

    @ParameterizedTest
    @MethodSource("meetings")
    void theComposedReportReadsAsTheRapporteursAboveTheFloors(String meeting) throws IOException {
        Figures figures = figures(meeting);

        assertThat(figures.chrF()).as("chrF of %s", meeting).isGreaterThanOrEqualTo(CHRF_FLOOR);
        assertThat(figures.belowFloor())
                .as("paragraphs of %s below the floor", meeting)
                .isEmpty();
    }

    static List<String> meetings() {
        return MEETINGS;
    }

    private Figures figures(String name) throws IOException {
        CorpusMeeting meeting = MeetingFile.read(name);
        ReportMarkdown composed = ReportMarkdown.read(new String(
                typesetter.render(ReportComposer.compose(meeting.context(), "Draft"), DocumentFormat.MD),
                StandardCharsets.UTF_8));
        ReportMarkdown expected = ReportMarkdown.read(resource("/reports/corpus/" + name + ".expected.md"));
        List<Pair> pairs =
                ParagraphAlignment.align(expected.paragraphs(), composed.paragraphs(), ParagraphSimilarity::of);
        List<String> below = pairs.stream()
                .filter(p -> p.similarity() < PARAGRAPH_FLOOR)
                .map(p -> "%.2f %s"
                        .formatted(p.similarity(), expected.paragraphs().get(p.reference())))
                .toList();
        return new Figures(
                name,
                ChrF.score(composed.text(), expected.text()),
                expected.paragraphs().size(),
                composed.paragraphs().size(),
                pairs.stream().mapToDouble(Pair::similarity).average().orElse(1),
                pairs.stream().mapToDouble(Pair::similarity).min().orElse(1),
                below);
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CorpusReportTests.class.getResourceAsStream(path)) {
            return new String(Objects.requireNonNull(in, path).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One meeting's figures, and the hand-written paragraphs whose partners fall below the floor. */
    record Figures(
            String meeting,
            double chrF,
            int handParagraphs,
            int composedParagraphs,
            double alignedMean,
            double alignedLeast,
            List<String> belowFloor) {

        String row() {
            return "| %s | %.2f | %d / %d | %.2f | %.2f | %d |"
                    .formatted(
                            meeting,
                            chrF,
                            handParagraphs,
                            composedParagraphs,
                            alignedMean,
                            alignedLeast,
                            belowFloor.size());
        }
    }
}
