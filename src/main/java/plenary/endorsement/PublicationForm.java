package plenary.endorsement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The day an approved memorandum is published (today when absent). */
public record PublicationForm(@Nullable LocalDate publishedOn) {}
