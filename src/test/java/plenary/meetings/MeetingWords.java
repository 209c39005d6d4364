package plenary.meetings;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import plenary.kernel.Phrase;

/** Says the module's phrases through its real bundle, as a page would in that language. */
final class MeetingWords {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private MeetingWords() {}

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("i18n/meetings");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setAlwaysUseMessageFormat(false);
        return bundle;
    }

    static String english(Phrase phrase) {
        return BUNDLE.getMessage(phrase, Locale.ENGLISH);
    }

    static String russian(Phrase phrase) {
        return BUNDLE.getMessage(phrase, RUSSIAN);
    }
}
