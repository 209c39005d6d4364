package plenary.institutions.map;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import plenary.kernel.InvalidRecord;
import plenary.web.FormErrors;

/** The page of the membership map: the picture for a day, and the same memberships as a table. */
@Controller
class MapPages {

    private final Memberships memberships;
    private final Clock clock = Clock.systemUTC();

    MapPages(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/institutions/map")
    String map(
            @RequestParam(required = false) @Nullable String asOf,
            Locale reader,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("asOf", asOf);
        // The picture speaks the page's language; an English one keeps its address, so each language caches apart.
        model.addAttribute("imageLanguage", MapImage.language(reader));
        try {
            LocalDate day = Days.read(asOf, LocalDate.now(clock));
            model.addAttribute("matrix", MembershipMatrix.of(Overlap.of(memberships.asOf(day)), day));
            model.addAttribute("errors", FormErrors.none());
        } catch (InvalidRecord e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("matrix", null);
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "institutions/map";
    }
}
