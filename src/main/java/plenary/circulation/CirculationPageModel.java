package plenary.circulation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumView;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;
import plenary.web.FormErrors;

/**
 * What the circulation pages show beside their forms: the memorandum, who may circulate to whom, and on a
 * circulation who the one signed in answers for and which paragraphs of the circulated version may be named.
 */
@Component
class CirculationPageModel {

    private final Circulations circulations;
    private final CirculationGate gate;
    private final Memoranda memoranda;
    private final StudyGroups groups;
    private final Directory directory;
    private final OpenBrackets brackets;

    CirculationPageModel(
            Circulations circulations,
            CirculationGate gate,
            Memoranda memoranda,
            StudyGroups groups,
            Directory directory,
            OpenBrackets brackets) {
        this.circulations = circulations;
        this.gate = gate;
        this.memoranda = memoranda;
        this.groups = groups;
        this.directory = directory;
        this.brackets = brackets;
    }

    /** The memorandum's circulations, and for its drafters the form to circulate a version. */
    String list(Model model, long id, CirculatePageForm form, FormErrors errors) {
        MemorandumView memorandum = memoranda.find(id);
        boolean mayDraft = gate.mayDraft(id);
        StudyGroupView group = groups.find(memorandum.studyGroupId())
                .orElseThrow(() -> new RecordNotFound(
                        "Study group", memorandum.studyGroupId().value()));
        List<CommitteeView> committees = mayDraft
                ? group.committeeIds().stream()
                        .flatMap(c -> directory.committee(c).stream())
                        .toList()
                : List.of();
        List<PersonView> people = mayDraft
                ? directory.people().stream()
                        .filter(p -> group.isLedBy(p.id())
                                || p.committeeId() != null
                                        && group.committeeIds().contains(p.committeeId()))
                        .toList()
                : List.of();
        model.addAttribute("memorandum", memorandum);
        model.addAttribute("circulations", circulations.ofMemorandum(id));
        model.addAttribute("mayDraft", mayDraft);
        model.addAttribute("committees", committees);
        model.addAttribute("people", people);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "circulation/circulations";
    }

    /**
     * One circulation, with the forms the one signed in may use (to answer it, to decide on its amendments, to support
     * an alternative kept open) and, after a refusal, the form that was sent: {@code failed} names it.
     */
    String one(
            Model model,
            long id,
            long circulationId,
            FormErrors errors,
            @Nullable String failed,
            @Nullable CommentForm comment,
            @Nullable AmendmentForm amendment) {
        CirculationView circulation = circulations.find(id, circulationId);
        boolean mayDraft = gate.mayDraft(id);
        @Nullable String answersFor = gate.answeringFor(gate.readable(id, circulationId))
                .map(StoredRecipient::name)
                .orElse(null);
        model.addAttribute("memorandum", memoranda.find(id));
        model.addAttribute("circulation", circulation);
        model.addAttribute("mayDraft", mayDraft);
        model.addAttribute("answersFor", answersFor);
        CommitteeView speaksFor = brackets.speakingFor(id).orElse(null);
        model.addAttribute("speaksFor", speaksFor);
        model.addAttribute("brackets", brackets.of(id, circulation.amendments(), speaksFor));
        MemorandumText circulated = memoranda.versionText(id, circulation.version());
        model.addAttribute("numbers", circulated.numbers());
        model.addAttribute("paragraphs", answersFor == null ? List.of() : ParagraphChoice.of(circulated));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("comment", comment);
        model.addAttribute("amendment", amendment);
        return "circulation/circulation";
    }
}
