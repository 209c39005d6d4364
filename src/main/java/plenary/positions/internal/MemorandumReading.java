package plenary.positions.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import plenary.circulation.AmendmentDecision;
import plenary.circulation.CirculationView;
import plenary.circulation.Circulations;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumSummary;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionSummary;
import plenary.studygroups.StudyGroupId;

/**
 * Reads a study group's memoranda for the outcomes of its proposals, as the one signed in may read them: the current
 * text, what each frozen version cites, and which paragraphs their circulations keep open in brackets. A memorandum
 * the reader may not read is left out, and counted, so that an outcome says it is drawn without it.
 */
@Component
public class MemorandumReading {

    private final Memoranda memoranda;
    private final Circulations circulations;

    MemorandumReading(Memoranda memoranda, Circulations circulations) {
        this.memoranda = memoranda;
        this.circulations = circulations;
    }

    public OutcomeTable of(StudyGroupId group) {
        List<OutcomeTable.Drafted> drafted = new ArrayList<>();
        List<MemorandumSummary> all = memoranda.ofStudyGroup(group);
        for (MemorandumSummary summary : all) {
            read(summary.id().value()).ifPresent(drafted::add);
        }
        return new OutcomeTable(drafted, all.size() - drafted.size());
    }

    private Optional<OutcomeTable.Drafted> read(long id) {
        try {
            MemorandumView view = memoranda.find(id);
            List<OutcomeTable.Cited> current = new ArrayList<>();
            view.sections()
                    .forEach(s -> s.paragraphs()
                            .forEach(p -> current.add(new OutcomeTable.Cited(p.key(), p.number(), p.proposalIds()))));
            Map<Integer, Set<Long>> versions = new LinkedHashMap<>();
            for (VersionSummary v : view.versions()) {
                versions.put(v.number(), cited(memoranda.versionText(id, v.number())));
            }
            return Optional.of(new OutcomeTable.Drafted(view.id(), view.title(), current, versions, bracketed(id)));
        } catch (AccessDeniedException refused) {
            return Optional.empty();
        }
    }

    private Set<String> bracketed(long id) {
        Set<String> keys = new HashSet<>();
        for (CirculationView circulation : circulations.ofMemorandum(id)) {
            circulation.amendments().stream()
                    .filter(a -> AmendmentDecision.KEEP_OPEN.name().equals(a.decision()))
                    .forEach(a -> keys.add(a.paragraphKey()));
        }
        return keys;
    }

    private static Set<Long> cited(MemorandumText text) {
        Set<Long> ids = new HashSet<>();
        text.sections().forEach(s -> s.paragraphs().forEach(p -> ids.addAll(p.proposalIds())));
        return ids;
    }
}
