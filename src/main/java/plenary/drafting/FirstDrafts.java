package plenary.drafting;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import plenary.studygroups.StudyGroupId;

/** Placeholder until the first draft from the record lands (issue 8). */
@Component
public class FirstDrafts {

    /** A first draft. */
    public record FirstDraft(MemorandumText text, Map<String, List<Object>> standings) {}

    public FirstDraft draft(StudyGroupId group) {
        return new FirstDraft(new MemorandumText("Memorandum", "", List.of()), Map.of());
    }
}
