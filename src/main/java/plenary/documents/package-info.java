/**
 * The one model of every document Plenary writes (a meeting report, a dossier, a memorandum): a title block and
 * numbered sections of paragraphs made of runs of text, speakers and links; its five formats (HTML, PDF, DOCX,
 * Markdown, Akoma Ntoso), typeset by {@link plenary.documents.Typesetter}; its texts as the leak check and the
 * editors address them ({@link plenary.documents.DocumentTexts}); and the redline between two of its versions
 * ({@link plenary.documents.Redlines}): a report's as the list of texts that changed ({@code Redlines.between}); a
 * memorandum's, whose paragraphs keep their eIds, as a {@link plenary.documents.DocumentRedline}
 * ({@code Redlines.ofDocuments}), moves shown as moves, with its HTML ({@code DocumentRedline.html()}) and a Word
 * document of real tracked changes ({@code Typesetter.trackedChanges}). It knows no meeting, report or
 * memorandum: {@code reports} and {@code drafting} compose documents and keep their versions, and use this module to
 * print and compare them.
 */
@NullMarked
package plenary.documents;

import org.jspecify.annotations.NullMarked;
