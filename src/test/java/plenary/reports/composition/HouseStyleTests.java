package plenary.reports.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static plenary.meetings.InterventionKind.ARGUMENT;
import static plenary.meetings.InterventionKind.RESPONSE;

import org.junit.jupiter.api.Test;
import plenary.directory.Nationality;
import plenary.directory.Pronoun;
import plenary.documents.Document;
import plenary.meetings.AttributionRule;
import plenary.meetings.Capacity;
import plenary.meetings.Findings;
import plenary.meetings.HouseStyle;
import plenary.meetings.InterventionKind;
import plenary.meetings.LinkKind;
import plenary.meetings.LinkView;
import plenary.meetings.SessionNumbering;
import plenary.meetings.SpeakerNoun;

/** A meeting chooses its report's house style; the seed's is the default. Expected texts written by hand. */
class HouseStyleTests {

    private final RecordFixture record = new RecordFixture();
    private final long kim = record.person("Kim Min-jun", Nationality.KR, Pronoun.HE, null, Capacity.PARTICIPANT);
    private final long volkov = record.person("Ivan Volkov", Nationality.RU, Pronoun.HE, null, Capacity.PARTICIPANT);

    @Test
    void theSeedsStyleIsTheDefault() {
        discussion();

        Document report = record.report(AttributionRule.BY_NATIONALITY);

        assertThat(report.contents().get(0).subsections())
                .extracting(Document.Section::heading)
                .containsExactly("Session 1: Cyber norms", "Session 2: Infrastructure");
        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains("\nA South Korean participant argued that norms need reporting. In response, a Russian "
                        + "participant argued that reporting should stay voluntary.\n");
    }

    @Test
    void speakersAreCalledByTheMeetingsNoun() {
        discussion();
        record.style(new HouseStyle(SpeakerNoun.SPEAKER, SessionNumbering.ARABIC, Findings.PARAGRAPHS));
        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains("\nA South Korean speaker argued that norms need reporting. In response, a Russian speaker "
                        + "argued that reporting should stay voluntary.\n");

        record.style(new HouseStyle(SpeakerNoun.EXPERT, SessionNumbering.ARABIC, Findings.PARAGRAPHS));
        assertThat(record.text(AttributionRule.NONE))
                .contains("\nOne expert argued that norms need reporting. In response, another expert argued that "
                        + "reporting should stay voluntary.\n");
    }

    @Test
    void sessionsAreNumberedInRomanNumeralsOrInWords() {
        discussion();
        record.style(new HouseStyle(SpeakerNoun.PARTICIPANT, SessionNumbering.ROMAN, Findings.PARAGRAPHS));
        assertThat(record.report(AttributionRule.NONE).contents().get(0).subsections())
                .extracting(Document.Section::heading)
                .containsExactly("Session I: Cyber norms", "Session II: Infrastructure");

        record.style(new HouseStyle(SpeakerNoun.PARTICIPANT, SessionNumbering.ORDINAL_WORDS, Findings.PARAGRAPHS));
        assertThat(record.report(AttributionRule.NONE).contents().get(0).subsections())
                .extracting(Document.Section::heading)
                .containsExactly("First Session: Cyber norms", "Second Session: Infrastructure");
    }

    @Test
    void findingsAsAListAreOneBulletPerExchange() {
        discussion();
        record.style(new HouseStyle(SpeakerNoun.SPEAKER, SessionNumbering.ROMAN, Findings.BULLETS));

        assertThat(record.text(AttributionRule.BY_NATIONALITY))
                .contains("\nThe first session reviewed the norms of state behaviour.\n"
                        + "• A South Korean speaker argued that norms need reporting. In response, a Russian speaker "
                        + "argued that reporting should stay voluntary.\n"
                        + "• Another South Korean speaker argued that hotlines were missing.\n"
                        + "The second session discussed infrastructure.\n");
    }

    private void discussion() {
        long lee = record.person("Lee Jae-won", Nationality.KR, Pronoun.HE, null, Capacity.PARTICIPANT);
        record.session("Cyber norms", "reviewed the norms of state behaviour");
        long norms = record.say(kim, ARGUMENT, "argued that norms need reporting.", null);
        record.say(
                volkov,
                RESPONSE,
                "argued that reporting should stay voluntary.",
                null,
                new LinkView(LinkKind.RESPONDS_TO, norms, 1, 2, 1, InterventionKind.ARGUMENT));
        record.say(lee, ARGUMENT, "argued that hotlines were missing.", null);
        record.session("Infrastructure", "discussed infrastructure");
    }
}
