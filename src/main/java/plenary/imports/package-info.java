/**
 * The import of a meeting report a study group already has (plain text, DOCX or PDF): the report read by a rule
 * set written for the genre into a draft record (the meeting's facts, sessions, interventions with their kinds,
 * stances, speakers and institutions, proposals with the positions taken on them, and next tasks), each item with
 * the span of the source it came from. A draft is kept for its owner until it expires; only its confirmation
 * stores a meeting, through the meetings module's public API. Its one public bean is
 * {@link plenary.imports.ImportRecords}.
 */
@NullMarked
package plenary.imports;

import org.jspecify.annotations.NullMarked;
