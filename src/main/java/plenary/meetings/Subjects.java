package plenary.meetings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import plenary.institutions.IssueArea;
import plenary.kernel.MaxSize;

/** What an intervention is about: institutions (by id) and issue areas, never free text. */
public record Subjects(
        @MaxSize(50) List<Long> institutionIds, @MaxSize(50) List<IssueArea> issueAreas) {

    public Subjects {
        // Null entries stay, so that a JSON client learns which one is wrong.
        institutionIds =
                institutionIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(institutionIds));
        issueAreas = issueAreas == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(issueAreas));
    }

    public static Subjects none() {
        return new Subjects(List.of(), List.of());
    }
}
