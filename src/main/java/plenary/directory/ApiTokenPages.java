package plenary.directory;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import plenary.directory.internal.ApiTokenSettings;
import plenary.web.FormErrors;
import plenary.web.Forms;

/** The signed-in account's own page: its personal API tokens, made (shown once) and revoked. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class ApiTokenPages {

    private final ApiTokenRecords tokens;
    private final ApiTokenSettings settings;

    ApiTokenPages(ApiTokenRecords tokens, ApiTokenSettings settings) {
        this.tokens = tokens;
        this.settings = settings;
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
    String revoke(@PathVariable long id) {
        tokens.revoke(id);
        return "redirect:/account";
    }

    private String show(Model model, ApiTokenForm form, FormErrors errors, @Nullable NewApiToken created) {
        Instant now = Instant.now();
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
