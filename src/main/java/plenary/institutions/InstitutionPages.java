package plenary.institutions;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.RecordInUse;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/** Pages of the regional architecture: everyone signed in reads them; writers add, change and delete. */
@Controller
@RequestMapping("/institutions")
class InstitutionPages {

    private final InstitutionRecords records;
    private final Institutions institutions;
    private final InstitutionMentions mentions;

    InstitutionPages(InstitutionRecords records, Institutions institutions, InstitutionMentions mentions) {
        this.records = records;
        this.institutions = institutions;
        this.mentions = mentions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable IssueArea issueArea,
            Model model) {
        model.addAttribute("institutions", records.list(q, issueArea));
        model.addAttribute("q", q);
        model.addAttribute("issueArea", issueArea);
        model.addAttribute("mayWrite", records.mayWrite());
        return "institutions/institutions";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'CO_CHAIR', 'RAPPORTEUR')")
    String blank(Model model) {
        return form(model, null, InstitutionPageForm.blank(), FormErrors.none());
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        InstitutionView institution = records.get(id);
        if (records.mayWrite()) {
            return form(model, id, InstitutionPageForm.of(institution, names()), FormErrors.none());
        }
        model.addAttribute("institution", institution);
        model.addAttribute("names", names());
        model.addAttribute("history", records.history(id));
        model.addAttribute("mentions", mentions.byKind(institution.id()));
        model.asMap().putIfAbsent("refusal", null);
        return "institutions/institution-view";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") InstitutionPageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PageEntry entry = PageEntry.read(form, institutions::named);
        return Forms.submit(
                binding,
                () -> entry.submit(() -> records.create(entry.form()), () -> records.check(null, entry.form())),
                saved -> saved(redirect, form),
                errors -> form(model, null, form, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") InstitutionPageForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        PageEntry entry = PageEntry.read(form, institutions::named);
        return Forms.submit(
                binding,
                () -> entry.submit(() -> records.update(id, entry.form()), () -> records.check(id, entry.form())),
                saved -> saved(redirect, form),
                errors -> form(model, id, form, errors));
    }

    /** Deletes the institution, or shows it again with the reason it stays (others relate to it). */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String name = records.get(id).name();
            records.delete(id);
            Notices.tell(redirect, "institutions.notice.deleted", name);
            return "redirect:/institutions";
        } catch (RecordInUse e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The template says "Not deleted" in the reader's language; the reason is the record's own.
            model.addAttribute("refusal", e.getMessage());
            return show(id, model);
        }
    }

    private static String saved(RedirectAttributes redirect, InstitutionPageForm form) {
        Notices.tell(redirect, "institutions.notice.saved", String.valueOf(form.name()));
        return "redirect:/institutions";
    }

    private String form(Model model, @Nullable Long id, InstitutionPageForm form, FormErrors errors) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", id == null ? List.of() : records.history(id));
        model.addAttribute("mentions", id == null ? Map.of() : mentions.byKind(new InstitutionId(id)));
        model.asMap().putIfAbsent("refusal", null);
        return "institutions/institution";
    }

    private Map<Long, String> names() {
        return institutions.all().stream().collect(Collectors.toMap(i -> i.id().value(), InstitutionView::name));
    }
}
