package plenary.endorsement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day an approved memorandum is published (today when absent). */
public record PublicationForm(
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate publishedOn) {}
