/**
 * The record of a study group's meetings: each meeting with its sessions and their objectives, the people who
 * took part and in what capacity, the interventions in each session (who said what kind of thing about which
 * institutions and issues, and how it answers earlier ones), the proposals put forward and the positions taken
 * on them, and the next tasks the meeting set. Other modules read the full record through
 * {@link plenary.meetings.Meetings} and learn of every change from {@link plenary.meetings.MeetingRecordChanged};
 * people read it through {@link plenary.meetings.MeetingRecords}, which applies the meeting's attribution rule.
 */
@NullMarked
package plenary.meetings;

import org.jspecify.annotations.NullMarked;
