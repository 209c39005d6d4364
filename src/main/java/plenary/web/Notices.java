package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import plenary.kernel.Phrase;

/**
 * The success message a page shows once after a save: "Meeting saved." The controller that redirects after the
 * save leaves the message's key (and its arguments) in the flash, so the next page says it in its reader's
 * language; the layout shows it above the page's content.
 */
public final class Notices {

    static final String FLASH = "plenary.notice";

    private Notices() {}

    /**
     * Says, on the page the redirect leads to, the text of {@code key} with its arguments; an argument that is a
     * {@link Phrase} (a module's reason, such as why mail did not go out) is said in the same reader's language.
     */
    public static void tell(RedirectAttributes redirect, String key, Object... args) {
        // Strings and lists of them only: the flash lives in the session, which the database keeps.
        redirect.addFlashAttribute(FLASH, stored(Phrase.of(key, args)));
    }

    private static List<Object> stored(Phrase phrase) {
        List<Object> stored = new ArrayList<>(phrase.args().size() + 1);
        stored.add(phrase.key());
        for (Object arg : phrase.args()) {
            stored.add(arg instanceof Phrase inner ? stored(inner) : String.valueOf(arg));
        }
        return stored;
    }

    /** The notice left for this request, or null. */
    static @Nullable Phrase of(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(FLASH) instanceof List<?> notice && !notice.isEmpty()
                ? restored(notice)
                : null;
    }

    private static Phrase restored(List<?> stored) {
        List<Object> args = new ArrayList<>(stored.size() - 1);
        for (Object arg : stored.subList(1, stored.size())) {
            args.add(arg instanceof List<?> inner && !inner.isEmpty() ? restored(inner) : String.valueOf(arg));
        }
        return new Phrase(String.valueOf(stored.get(0)), args);
    }
}
