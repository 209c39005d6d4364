/**
 * The memorandum a study group drafts to submit to its steering committee. Its text ({@link
 * plenary.drafting.MemorandumText}) is a title, a preamble and sections of paragraphs, each paragraph with a key
 * that never changes while the paragraphs around it are inserted, moved and deleted, and a number ("3.2") derived
 * from where it stands; a paragraph cites the proposals of the group's meetings and institutions it draws on. The
 * co-chairs start it from the group's record ({@link plenary.drafting.FirstDrafts}), edit it ({@link
 * plenary.drafting.MemorandumRecords}: saves on an older revision merged or refused as a {@link
 * plenary.drafting.MemorandumConflict}) and freeze versions; {@link plenary.drafting.Memoranda} reads it, its
 * versions as documents typeset through {@code documents}, and redlines between them.
 */
@NullMarked
package plenary.drafting;

import org.jspecify.annotations.NullMarked;
