/**
 * Meeting reports: composed from a meeting's record under its attribution rule, checked for leaks,
 * edited, reviewed and published; typeset in five formats and compared as redlines through {@code documents}.
 *
 * <p>Its one public bean is {@link plenary.reports.ReportRecords}, the commands that write, edit and publish a
 * report. Beside the controllers, and for them only, {@code Reports} reads reports, their versions and redlines,
 * {@code ReviewRecords} holds the commands of the participants' review, and {@code Dossiers} reads a study group's
 * published reports as one document. Other modules hear what happened instead of asking:
 * {@link plenary.reports.ReportPublished}, {@link plenary.reports.DraftReportExported} and
 * {@link plenary.reports.ReportSentForReview}.
 */
@NullMarked
package plenary.reports;

import org.jspecify.annotations.NullMarked;
