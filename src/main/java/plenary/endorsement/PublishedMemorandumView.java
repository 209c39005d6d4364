package plenary.endorsement;

import java.time.LocalDate;
import plenary.drafting.MemorandumId;
import plenary.studygroups.StudyGroupId;

/** A published memorandum as the public list shows it: its number, title, study group and date. */
public record PublishedMemorandumView(
        int number,
        MemorandumId memorandumId,
        String title,
        StudyGroupId studyGroupId,
        String studyGroupTitle,
        LocalDate publishedOn) {}
