package plenary.meetings;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * The pages every kind of record kept inside a meeting shares: its edit form, create and update (back to the form
 * with a message beside each field that broke a rule, or on to the record's place on the meeting's page; back to
 * the form unsaved, with the links it suggests, when the form asks to "suggest" them), and delete. Each kind says
 * what is its own: its blank form, its form filled from the record, the choices its form offers, and where on the
 * meeting's page it lives.
 *
 * @param <F> the form
 * @param <V> the record as read
 */
abstract class MeetingPartPages<F extends MeetingPartForm, V> {

    private final MeetingPartRecords<?, F, V> records;
    private final Editing editing;
    private final String template;

    MeetingPartPages(MeetingPartRecords<?, F, V> records, Editing editing, String template) {
        this.records = records;
        this.editing = editing;
        this.template = template;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable MeetingId meetingId, @PathVariable long id, Model model) {
        return form(model, meetingId, id, formOf(records.get(meetingId, id)), FormErrors.none());
    }

    @PostMapping
    String create(
            @PathVariable MeetingId meetingId,
            @ModelAttribute("form") F form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String suggest,
            Model model,
            RedirectAttributes redirect) {
        F given = withoutBlankRows(form);
        if (suggest != null) {
            return form(model, meetingId, null, given, FormErrors.none());
        }
        return Forms.submit(
                binding,
                () -> records.create(meetingId, editing.bounded(given)),
                saved -> {
                    Notices.tell(redirect, "meetings.notice.part-saved");
                    return Editing.back(meetingId, placeOf(saved));
                },
                errors -> form(model, meetingId, null, given, errors));
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable MeetingId meetingId,
            @PathVariable long id,
            @ModelAttribute("form") F form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String suggest,
            Model model,
            RedirectAttributes redirect) {
        F given = withoutBlankRows(form);
        if (suggest != null) {
            return form(model, meetingId, id, given, FormErrors.none());
        }
        return Forms.submit(
                binding,
                () -> records.update(meetingId, id, editing.bounded(given)),
                saved -> {
                    Notices.tell(redirect, "meetings.notice.part-saved");
                    return Editing.back(meetingId, placeOf(saved));
                },
                errors -> form(model, meetingId, id, given, errors));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable MeetingId meetingId, @PathVariable long id, RedirectAttributes redirect) {
        records.delete(meetingId, id);
        Notices.tell(redirect, "meetings.notice.part-deleted");
        return Editing.back(meetingId, placeAfterDelete());
    }

    /** The form page, with what the kind's form offers to choose from. */
    final String form(Model model, MeetingId meetingId, @Nullable Long id, F form, FormErrors errors) {
        offerChoices(model, meetingId);
        offerSuggestions(model, form);
        return editing.form(model, template, meetingId, id, form, errors);
    }

    /** The form filled from the stored record, to edit it. */
    abstract F formOf(V record);

    /** Adds to the model what the form offers to choose from (people, institutions, interventions). */
    abstract void offerChoices(Model model, MeetingId meetingId);

    /**
     * Adds to the model the institutions the form's text names and does not link yet, for a kind whose form links
     * institutions: the person ticks those to link (a "Suggest links" button, or htmx as they type, asks again).
     */
    void offerSuggestions(Model model, F form) {}

    /** The anchor on the meeting's page where the saved record is shown. */
    abstract String placeOf(V saved);

    /** The anchor on the meeting's page to return to after a delete; null for the top. */
    @Nullable String placeAfterDelete() {
        return null;
    }

    /** The form without the empty rows a page sends to be filled in. */
    F withoutBlankRows(F given) {
        return given;
    }
}
