/**
 * The five formats a report is typeset in (HTML, PDF, DOCX, Markdown, Akoma Ntoso) and the outline they share.
 */
@NullMarked
package plenary.reports.formats;

import org.jspecify.annotations.NullMarked;
