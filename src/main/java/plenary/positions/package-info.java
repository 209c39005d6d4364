/**
 * The positions map of a study group: for each proposal of its meetings, who supported, opposed or qualified it,
 * meeting by meeting, and what became of it in the group's memoranda (taken into a paragraph, kept open in
 * brackets, dropped by a version, or never taken up); and for each institution and issue area the interventions
 * that assessed it, side by side by stance, with the proposals about it. {@link plenary.positions.PositionMaps}
 * reads it for the one signed in, only through the other modules' public reads: the meetings as {@code
 * MeetingRecords} gives them to that reader, so that a holder or speaker is named only where the meeting's
 * attribution rule lets the reader see names and is otherwise described as the rule says ("a Russian
 * participant"); a position taken at a later meeting than its proposal is shown under the later meeting, and where
 * the reader may not see that meeting's names it is the speaker as that meeting describes them, or "a participant"
 * when the record holds it for someone else, never a description the stricter rule would not give. Every
 * signed-in account reads every meeting and memorandum today, so the map leaves nothing out and tells each outcome;
 * should a meeting or memorandum ever refuse a reader, it is left out, and a proposal none of the others takes
 * up is "open as far as the memoranda you may read show", with the number not visible to the reader, rather than
 * plainly open. Brackets are read from {@code circulation}'s public
 * reads: a citing paragraph with an amendment kept open is open, not taken.
 */
@NullMarked
package plenary.positions;

import org.jspecify.annotations.NullMarked;
