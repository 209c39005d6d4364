package plenary.circulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.internal.StoredSupport;
import plenary.circulation.internal.SupportTables;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;
import plenary.studygroups.StudyGroups;

/**
 * The amendments of a circulation kept open in brackets, as its page shows them: each one's alternatives with the
 * words they now have and who supports them, and the member committee the signed-in representative speaks for.
 */
@Component
class OpenBrackets {

    private final SupportTables supports;
    private final Memoranda memoranda;
    private final StudyGroups groups;
    private final Directory directory;
    private final Compilations compilations;

    OpenBrackets(
            SupportTables supports,
            Memoranda memoranda,
            StudyGroups groups,
            Directory directory,
            Compilations compilations) {
        this.compilations = compilations;
        this.supports = supports;
        this.memoranda = memoranda;
        this.groups = groups;
        this.directory = directory;
    }

    /** The member committee of the memorandum's study group that the signed-in person represents, if any. */
    Optional<CommitteeView> speakingFor(long memorandumId) {
        Optional<Long> person = CurrentAccount.personId();
        Optional<CommitteeId> committee = person.flatMap(p -> directory.person(new PersonId(p)))
                .map(PersonView::committeeId)
                .filter(c -> directory.representatives(c).stream().anyMatch(r -> r.id().value() == person.get()));
        MemorandumView memorandum = memoranda.find(memorandumId);
        return committee
                .filter(c -> groups.find(memorandum.studyGroupId())
                        .map(g -> g.committeeIds().contains(c))
                        .orElse(false))
                .flatMap(directory::committee);
    }

    /** The alternatives of each amendment kept open, by amendment; the paragraph's own while it is in the text. */
    Map<Long, List<OpenAlternative>> of(
            long memorandumId, List<Amendment> amendments, @Nullable CommitteeView committee) {
        List<Amendment> open = amendments.stream()
                .filter(a -> AmendmentDecision.KEEP_OPEN.name().equals(a.decision()))
                .toList();
        if (open.isEmpty()) {
            return Map.of();
        }
        List<StoredSupport> given = supports.ofMemorandum(memorandumId);
        Map<String, String> working = memoranda.find(memorandumId).sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .collect(Collectors.toMap(MemorandumView.Paragraph::key, MemorandumView.Paragraph::text));
        Map<Long, List<OpenAlternative>> brackets = new LinkedHashMap<>();
        for (Amendment a : open) {
            String bracket = DecisionRecords.bracketOf(a);
            List<OpenAlternative> alternatives = new ArrayList<>();
            alternatives.add(alternative(a.id(), bracket, BracketRecords.wordingOf(a), given, committee));
            String own = working.get(a.paragraphKey());
            if (a.kind() != AmendmentKind.INSERT_AFTER && own != null) {
                alternatives.add(alternative(null, bracket, own, given, committee));
            }
            brackets.put(a.id(), alternatives);
        }
        return brackets;
    }

    private OpenAlternative alternative(
            @Nullable Long amendmentId,
            String bracket,
            String words,
            List<StoredSupport> given,
            @Nullable CommitteeView committee) {
        Compilations.Supporters supporters = compilations.supporters(amendmentId, bracket, words, given);
        @Nullable StoredSupport ours = committee == null
                ? null
                : given.stream()
                        .filter(s -> s.bracket().equals(bracket)
                                && Objects.equals(s.amendmentId(), amendmentId)
                                && s.committeeId() == committee.id().value())
                        .findFirst()
                        .orElse(null);
        return new OpenAlternative(
                amendmentId, words, supporters.current(), supporters.earlier(), action(committee, ours, words));
    }

    private static @Nullable String action(
            @Nullable CommitteeView committee, @Nullable StoredSupport ours, String words) {
        if (committee == null) {
            return null;
        }
        if (ours == null) {
            return "circulation.support-for";
        }
        return ours.wording().equals(words) ? null : "circulation.confirm-wording";
    }
}
