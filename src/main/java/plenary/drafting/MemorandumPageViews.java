package plenary.drafting;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;
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
                ? List.copyOf(firstDrafts.standings(memorandum.studyGroupId()).values())
                : List.of();
        return new MemorandumPageView(
                memorandum,
                drafter,
                named,
                proposals,
                drafter ? institutions.all() : List.of(),
                drafter ? suggestions(memorandum, attempt) : Map.of(),
                attempt);
    }

    /** What each paragraph's form names in its text: the text sent, where the form came back, or else the stored. */
    private Map<String, List<InstitutionNamed>> suggestions(
            MemorandumView memorandum, MemorandumPageView.Attempt attempt) {
        Function<String, List<InstitutionNamed>> finder = institutions.nameFinder();
        Map<String, List<InstitutionNamed>> found = new HashMap<>();
        memorandum
                .sections()
                .forEach(s -> s.paragraphs().forEach(p -> {
                    String form = "paragraph-" + p.key();
                    found.put(form, finder.apply(form.equals(attempt.form()) ? sentText(attempt, p.text()) : p.text()));
                }));
        if (attempt.form().startsWith("add-")) {
            found.put(attempt.form(), finder.apply(sentText(attempt, "")));
        }
        return found;
    }

    private static String sentText(MemorandumPageView.Attempt attempt, String otherwise) {
        List<String> sent = attempt.values().get("text");
        return sent == null || sent.isEmpty() ? otherwise : sent.get(0);
    }
}
