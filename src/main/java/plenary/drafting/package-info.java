/**
 * The memorandum a study group drafts to submit to the steering committee. Today it holds the memorandum's text
 * ({@link plenary.drafting.MemorandumText}): a title, a preamble and sections of paragraphs, each paragraph with
 * an identity that never changes while the paragraphs around it are inserted, moved and deleted, and numbers
 * ("3.2") that are derived, never stored; it is typeset through {@code documents}. Drafting from the record,
 * versions, the API and the pages are to come (issue 8).
 */
@NullMarked
package plenary.drafting;

import org.jspecify.annotations.NullMarked;
