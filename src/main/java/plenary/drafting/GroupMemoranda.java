package plenary.drafting;

import java.util.List;
import plenary.studygroups.StudyGroupView;

/** A study group's memoranda as the list of memoranda shows them, and whether the one reading may start one. */
public record GroupMemoranda(StudyGroupView group, List<MemorandumSummary> memoranda, boolean drafter) {

    public GroupMemoranda {
        memoranda = List.copyOf(memoranda);
    }
}
