package plenary.endorsement;

import java.time.LocalDate;
import plenary.drafting.MemorandumId;

/** The memorandum went to a meeting of the Steering Committee. */
public record MemorandumSubmitted(
        MemorandumId memorandumId, int versionNumber, String meeting, LocalDate meetingOn, String by) {}
