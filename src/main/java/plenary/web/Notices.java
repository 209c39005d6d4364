package plenary.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The success message a page shows once after a save: "Meeting saved." The controller that redirects after the
 * save leaves the message's key (and its arguments) in the flash, so the next page says it in its reader's
 * language; the layout shows it above the page's content.
 */
public final class Notices {

    static final String FLASH = "plenary.notice";

    private Notices() {}

    /** Says, on the page the redirect leads to, the text of {@code key} with its arguments. */
    public static void tell(RedirectAttributes redirect, String key, Object... args) {
        List<String> notice = new ArrayList<>(args.length + 1);
        notice.add(key);
        for (Object arg : args) {
            notice.add(String.valueOf(arg));
        }
        // Strings only: the flash lives in the session, which the database keeps.
        redirect.addFlashAttribute(FLASH, notice);
    }

    /** The notice left for this request, as key and arguments, or null. */
    static @Nullable List<String> of(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && flash.get(FLASH) instanceof List<?> notice && !notice.isEmpty()
                ? notice.stream().map(String::valueOf).toList()
                : null;
    }
}
