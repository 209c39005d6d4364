package plenary.reports;

import java.time.LocalDate;

/** A report's publication: "Published report no. 3", its date and the version published. */
public record PublicationView(int number, LocalDate publishedOn, int version) {}
