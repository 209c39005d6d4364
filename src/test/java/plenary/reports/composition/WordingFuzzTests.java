package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.documents.Document;
import plenary.kernel.PlainText;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.InterventionKind;
import plenary.meetings.Stance;

/**
 * Fuzzes the composer's wording with arbitrary intervention summaries, as the record keeps them (stripped, plain
 * text, at most 4,000 characters): each UTF-8 line of an input is one intervention, its speaker, kind, stance and
 * the meeting's attribution rule taking turns. A report is always composed, each summary ends as a sentence, and
 * "null" appears only where a summary wrote it. Seeds in {@code WordingFuzzTestsInputs} run in the normal build.
 */
class WordingFuzzTests {

    private static final InterventionKind[] KINDS = InterventionKind.values();
    private static final Stance[] STANCES = Stance.values();
    private static final AttributionRule[] RULES = AttributionRule.values();

    @FuzzTest(maxDuration = "60s")
    void anyRecordedSummariesComposeIntoSentences(byte[] input) {
        List<String> summaries = Arrays.stream(new String(input, StandardCharsets.UTF_8).split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && s.length() <= 4000 && PlainText.Check.holds(s))
                .limit(12)
                .toList();
        RecordFixture record = new RecordFixture();
        long seol = record.person("Ha Seol", Nationality.KR, Pronoun.SHE, null, Capacity.CO_CHAIR);
        long ivanov = record.person("Sergei Ivanov", Nationality.RU, Pronoun.HE, null, Capacity.PARTICIPANT);
        record.coChairs(seol).session("Multilateral institutions", "reviewed the institutions");
        for (int i = 0; i < summaries.size(); i++) {
            Long speaker = i % 3 == 0 ? null : i % 3 == 1 ? seol : ivanov;
            record.say(speaker, KINDS[i % KINDS.length], summaries.get(i), STANCES[i % STANCES.length]);
            String sentence = Wording.sentence(summaries.get(i));
            assertThat(sentence).isNotEmpty().matches("(?s).*([.!?]|\\.”)$");
            assertThat(Wording.afterConnective(sentence)).hasSameSizeAs(sentence);
        }

        Document report = ReportComposer.compose(record.context(RULES[input.length % RULES.length]), "Draft");

        StringBuilder text = new StringBuilder(report.title()).append('\n');
        report.contents().forEach(section -> append(section, text));
        if (summaries.stream().noneMatch(s -> s.contains("null"))) {
            assertThat(text.toString()).doesNotContain("null");
        }
    }

    private static void append(Document.Section section, StringBuilder text) {
        section.paragraphs().forEach(p -> text.append(p.text()).append('\n'));
        section.subsections().forEach(s -> append(s, text));
    }
}
