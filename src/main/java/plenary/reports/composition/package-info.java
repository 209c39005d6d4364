/**
 * The composition of a report from a meeting's record: passages per session, wording under the
 * attribution rule, speaker references, and the dossier of a study group's published reports.
 */
@NullMarked
package plenary.reports.composition;

import org.jspecify.annotations.NullMarked;
