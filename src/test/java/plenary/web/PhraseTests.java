package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import plenary.kernel.Phrase;
import tools.jackson.databind.json.JsonMapper;

/** A module's words are said in the reader's language on pages and in English in the API's JSON. */
class PhraseTests {

    private final StaticMessageSource bundles = bundles();

    private static StaticMessageSource bundles() {
        StaticMessageSource bundles = new StaticMessageSource();
        bundles.addMessage("test.objects", Locale.ENGLISH, "{0} {1}; the rule is {2}.");
        bundles.addMessage("test.objects", Locale.forLanguageTag("ru"), "{0}: {1}; правило — {2}.");
        bundles.addMessage("test.verb", Locale.ENGLISH, "objects");
        bundles.addMessage("test.verb", Locale.forLanguageTag("ru"), "возражает");
        bundles.addMessage("test.rule", Locale.ENGLISH, "full consensus");
        bundles.addMessage("test.rule", Locale.forLanguageTag("ru"), "полный консенсус");
        return bundles;
    }

    private final Phrase objection = Phrase.of("test.objects", "Japan", Phrase.of("test.verb"), Phrase.of("test.rule"));

    @Test
    void aPhraseAndThePhrasesInsideItAreSaidInTheReadersLanguage() {
        Texts russian = new Texts(bundles, Locale.forLanguageTag("ru"), ZoneOffset.UTC);
        Texts english = new Texts(bundles, Locale.ENGLISH, ZoneOffset.UTC);

        assertThat(russian.t(objection)).isEqualTo("Japan: возражает; правило — полный консенсус.");
        assertThat(english.t(objection)).isEqualTo("Japan objects; the rule is full consensus.");
    }

    @Test
    void theApiSaysAPhraseAsEnglishText() {
        JsonMapper json = JsonMapper.builder()
                .addModule(new PhrasesInEnglish().phrasesAsEnglishText(bundles))
                .build();

        assertThat(json.writeValueAsString(new Line(objection)))
                .isEqualTo("{\"reason\":\"Japan objects; the rule is full consensus.\"}");
    }

    record Line(Phrase reason) {}
}
