package plenary.drafting;

import java.time.LocalDate;
import plenary.documents.Document;

/**
 * A frozen version of a memorandum as a document to typeset, with what Akoma Ntoso names it by: the day the
 * memorandum was begun (its work) and the version's number (its expression).
 */
public record VersionDocument(Document document, LocalDate begun, int number) {}
