package plenary.drafting;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Rules;
import plenary.kernel.Violation;
import plenary.web.FormErrors;
import plenary.web.Forms;
import plenary.web.Notices;

/**
 * How the memorandum's page saves what one of its forms sent. A change is made to the text the page showed, at the
 * revision the form names, and saved whole, so that what others saved since is merged in. A refused form shows the
 * page again with what it sent still in its fields: broken rules beside them, and where others changed the same
 * parts meanwhile, both texts side by side.
 */
@Component
class PageEdits {

    private final Memoranda memoranda;
    private final MemorandumRecords records;
    private final MemorandumPageViews views;

    PageEdits(Memoranda memoranda, MemorandumRecords records, MemorandumPageViews views) {
        this.memoranda = memoranda;
        this.records = records;
        this.views = views;
    }

    /**
     * What a form of the page sent and where the answer goes.
     *
     * @param form    the form's name on the page ("paragraph-para_3")
     * @param version the revision its text was made on, which the page names again if it is refused; none where
     *                the page should name the current one
     * @param notice  the key of the success message the page then shows
     */
    record Sent(
            String form,
            @Nullable Integer version,
            MultiValueMap<String, String> values,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice) {}

    /** Saves the change to the text at the form's revision, then goes to {@code anchor} on the page. */
    String save(long id, Sent sent, UnaryOperator<MemorandumText> change, String anchor) {
        return submit(id, sent, () -> apply(id, sent.version(), change), anchor);
    }

    /** Runs a command of the memorandum's drafters for the form, and answers with the page. */
    String submit(long id, Sent sent, Supplier<?> command, String anchor) {
        if (!memoranda.mayDraft(id)) {
            throw new AccessDeniedException(
                    "Only the study group's co-chairs and the secretariat draft its memorandum.");
        }
        try {
            return Forms.submit(
                    sent.binding(),
                    command,
                    saved -> {
                        Notices.tell(sent.redirect(), sent.notice());
                        return "redirect:/memoranda/" + id + anchor;
                    },
                    errors ->
                            page(sent, views.of(id, attempt(sent, sent.version(), errors, List.of())), status(errors)));
        } catch (MemorandumConflict e) {
            return page(sent, views.of(e.current(), attempt(sent, null, FormErrors.none(), e.parts())), 409);
        }
    }

    /**
     * Shows the page again with the form as it was sent, unsaved, and the institutions its text names that it does
     * not cite yet, to tick: what a "Suggest links" button asks for without JavaScript.
     */
    String suggest(long id, Sent sent) {
        if (!memoranda.mayDraft(id)) {
            throw new AccessDeniedException(
                    "Only the study group's co-chairs and the secretariat draft its memorandum.");
        }
        return page(sent.model(), views.of(id, attempt(sent, sent.version(), FormErrors.none(), List.of())));
    }

    /** Shows the page, with the form refused if any. */
    static String page(Model model, MemorandumPageView view) {
        model.addAttribute("view", view);
        return "drafting/memorandum";
    }

    private MemorandumView apply(long id, @Nullable Integer version, UnaryOperator<MemorandumText> change) {
        new Rules().required(version, "version").enforce();
        int revision = Objects.requireNonNull(version);
        MemorandumText changed = change.apply(records.textAt(id, revision));
        try {
            return records.edit(id, MemorandumEdit.of(changed, revision));
        } catch (InvalidRecord e) {
            throw onThePage(e);
        }
    }

    /** The save names a field of the whole text ("sections[2].paragraphs[0].text"); the page's form has "text". */
    private static InvalidRecord onThePage(InvalidRecord e) {
        return new InvalidRecord(e.violations().stream()
                .map(v -> new Violation(v.field().substring(v.field().lastIndexOf('.') + 1), v.rule(), v.message()))
                .toList());
    }

    private static MemorandumPageView.Attempt attempt(
            Sent sent, @Nullable Integer version, FormErrors errors, List<MemorandumConflict.Part> conflicts) {
        return new MemorandumPageView.Attempt(sent.form(), sent.values(), version, errors, conflicts);
    }

    private static String page(Sent sent, MemorandumPageView view, int status) {
        sent.response().setStatus(status);
        return page(sent.model(), view);
    }

    /** A stale edit is the only refusal that is not a field's. */
    private static int status(FormErrors errors) {
        return errors.general() == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT;
    }
}
