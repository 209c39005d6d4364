package plenary.drafting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;

/**
 * Puts the memorandum's page together: the memorandum, the names of the institutions it cites and, for those who
 * draft it, what a paragraph may cite (the proposals of the group's meetings and the institutions Plenary knows).
 */
@Component
class MemorandumPageViews {

    private final Memoranda memoranda;
    private final FirstDrafts firstDrafts;
    private final Institutions institutions;

    MemorandumPageViews(Memoranda memoranda, FirstDrafts firstDrafts, Institutions institutions) {
        this.memoranda = memoranda;
        this.firstDrafts = firstDrafts;
        this.institutions = institutions;
    }

    MemorandumPageView of(long id, MemorandumPageView.Attempt attempt) {
        return of(memoranda.find(id), attempt);
    }

    MemorandumPageView of(MemorandumView memorandum, MemorandumPageView.Attempt attempt) {
        boolean drafter = memoranda.mayDraft(memorandum.id().value());
        Set<InstitutionId> cited = new LinkedHashSet<>();
        memorandum.sections().forEach(s -> s.paragraphs().forEach(p -> cited.addAll(p.institutionIds())));
        Map<InstitutionId, InstitutionView> named = cited.isEmpty() ? Map.of() : institutions.find(cited);
        List<ProposalStanding> proposals = drafter
                ? List.copyOf(firstDrafts
                        .standings(memorandum.studyGroupId(), firstDrafts.proposalIds(memorandum.studyGroupId()))
                        .values())
                : List.of();
        return new MemorandumPageView(
                memorandum, drafter, named, proposals, drafter ? institutions.all() : List.of(), attempt);
    }
}
