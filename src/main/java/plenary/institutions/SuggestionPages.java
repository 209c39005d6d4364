package plenary.institutions;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The suggestions an editor shows beside a text (an intervention's summary, a proposal, a memorandum's paragraph):
 * the institutions it names that are not linked yet, as unticked boxes. htmx asks for them again as the text is
 * typed, sending the whole form: {@code from} names its text field, {@code field} the field of the ids it links,
 * {@code target} the element the answer replaces.
 */
@Controller
@RequestMapping("/institutions/suggestions")
class SuggestionPages {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,80}");
    private static final int LONGEST_TEXT = 20_000;

    private final Institutions institutions;

    SuggestionPages(Institutions institutions) {
        this.institutions = institutions;
    }

    @PostMapping
    String suggest(
            @RequestParam String from,
            @RequestParam String field,
            @RequestParam String target,
            @RequestParam MultiValueMap<String, String> sent,
            Model model) {
        name("from", from);
        name("field", field);
        name("target", target);
        String text = Objects.requireNonNullElse(sent.getFirst(from), "");
        if (text.length() > LONGEST_TEXT) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, from + " must be at most " + LONGEST_TEXT + " characters");
        }
        List<String> linked = Objects.requireNonNullElse(sent.get(field), List.of());
        model.addAttribute("suggestions", InstitutionNamed.notLinked(institutions.namedIn(text), linked));
        model.addAttribute("field", field);
        model.addAttribute("target", target);
        return "institutions/suggestions";
    }

    private static void name(String parameter, String value) {
        if (!NAME.matcher(value).matches()) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, parameter + " must be the name of a field of the form");
        }
    }
}
