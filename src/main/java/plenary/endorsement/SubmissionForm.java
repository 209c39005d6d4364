package plenary.endorsement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.kernel.MaxLength;
import plenary.kernel.PlainText;

/** The meeting of the Steering Committee a memorandum goes to: its name, its place and its date. */
public record SubmissionForm(
        @MaxLength(300) @PlainText @Nullable String meeting,
        @MaxLength(200) @PlainText @Nullable String place,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate meetingOn) {}
