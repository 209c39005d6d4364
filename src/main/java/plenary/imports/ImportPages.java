package plenary.imports;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import plenary.kernel.InvalidRecord;
import plenary.meetings.MeetingId;
import plenary.web.FormErrors;

/**
 * The import's pages: the upload form, and the review of a draft, which shows the source beside each item read in
 * it, takes the person's corrections and confirms it as a meeting of a study group. Nothing is stored as a meeting
 * before that confirmation.
 */
@Controller
@RequestMapping("/imports")
class ImportPages {

    private final ImportRecords imports;

    ImportPages(ImportRecords imports) {
        this.imports = imports;
    }

    @GetMapping("/new")
    String upload(Model model) {
        requireImporter();
        return uploadForm(model, FormErrors.none());
    }

    @PostMapping
    String draft(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        requireImporter();
        try {
            if (file == null) {
                throw InvalidRecord.of("file", "not-empty", "is missing: choose a report to upload.");
            }
            return "redirect:/imports/"
                    + imports.draft(file.getSize(), file.getInputStream()).id();
        } catch (InvalidRecord e) {
            return uploadForm(model, FormErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String review(@PathVariable long id, Model model) {
        ImportDraft draft = imports.get(id);
        return reviewForm(model, draft, ImportPageForm.of(draft.record()), FormErrors.none());
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @ModelAttribute("form") ImportPageForm form, Model model) {
        if (form.studyGroupId() != null && !imports.mayConfirmIn(form.studyGroupId())) {
            throw new AccessDeniedException("Only those who may create the study group's meetings confirm an import.");
        }
        try {
            MeetingId meeting = imports.confirm(id, form);
            return "redirect:/meetings/" + meeting.value();
        } catch (InvalidRecord e) {
            return reviewForm(model, imports.get(id), form, FormErrors.of(e));
        }
    }

    private String uploadForm(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        return "imports/upload";
    }

    private String reviewForm(Model model, ImportDraft draft, ImportPageForm form, FormErrors errors) {
        model.addAttribute("draft", draft);
        model.addAttribute("form", form);
        model.addAttribute("groups", imports.groupsToConfirmIn());
        model.addAttribute("errors", errors);
        return "imports/review";
    }

    private void requireImporter() {
        if (!imports.mayImport()) {
            throw new AccessDeniedException("Only those who may create meetings import reports.");
        }
    }
}
