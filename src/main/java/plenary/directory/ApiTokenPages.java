package plenary.directory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.directory.internal.ApiTokenSettings;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;
import plenary.web.Readers;

/**
 * The signed-in account's own page: its choice of language and time zone, and its personal API tokens, made (shown
 * once) and revoked.
 */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class ApiTokenPages {

    /** The IANA names to choose from, in order. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/"))
            .sorted()
            .toList();

    private final ApiTokenRecords tokens;
    private final ApiTokenSettings settings;
    private final AccountPreferences preferences;

    ApiTokenPages(ApiTokenRecords tokens, ApiTokenSettings settings, AccountPreferences preferences) {
        this.tokens = tokens;
        this.settings = settings;
        this.preferences = preferences;
    }

    @GetMapping
    String account(Model model) {
        return show(model, new ApiTokenForm(null, ApiTokenScope.READ, null), FormErrors.none(), null);
    }

    /**
     * The page itself answers a new token, not a redirect: a redirect would have to keep the token in the session
     * (in the database, with sessions there) until the next page. The answer is not to be cached.
     */
    @PostMapping("/tokens")
    String create(
            @Valid @ModelAttribute("form") ApiTokenForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        return Forms.submit(
                binding,
                () -> tokens.create(form),
                created -> {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    return show(model, new ApiTokenForm(null, ApiTokenScope.READ, null), FormErrors.none(), created);
                },
                errors -> show(model, form, errors, null));
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        Notices.tell(redirect, "directory.notice.token-revoked");
        return "redirect:/account";
    }

    /** Keeps the account's choice and, in this session, shows the next pages by it at once. */
    @PostMapping("/preferences")
    String choose(
            @ModelAttribute("preferences") PreferencesForm form,
            BindingResult binding,
            Model model,
            HttpSession session,
            RedirectAttributes redirect) {
        return Forms.submit(
                binding,
                () -> preferences.choose(form),
                chosen -> {
                    Readers.remember(session, chosen.language(), chosen.timeZone());
                    Notices.tell(redirect, "directory.notice.preferences-saved");
                    return "redirect:/account";
                },
                errors -> {
                    model.addAttribute("preferenceErrors", errors);
                    return show(model, new ApiTokenForm(null, ApiTokenScope.READ, null), FormErrors.none(), null);
                });
    }

    private String show(Model model, ApiTokenForm form, FormErrors errors, @Nullable NewApiToken created) {
        Instant now = Instant.now();
        if (!model.containsAttribute("preferences")) {
            model.addAttribute("preferences", preferences.mine());
        }
        if (!model.containsAttribute("preferenceErrors")) {
            model.addAttribute("preferenceErrors", FormErrors.none());
        }
        model.addAttribute("zones", ZONES);
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("created", created);
        model.addAttribute("now", now);
        model.addAttribute(
                "latestExpiry",
                LocalDate.ofInstant(now, ZoneOffset.UTC)
                        .plusDays(settings.maxLifetime().toDays()));
        return "directory/your-account";
    }
}
