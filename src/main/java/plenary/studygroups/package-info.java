/**
 * Study groups: their title and mandate, co-chairs and rapporteurs, the member committees that take part,
 * the planned series of meetings and the group's status. Other modules read them through
 * {@link plenary.studygroups.StudyGroups} (which also tells who leads a group); the secretariat keeps them through
 * {@link plenary.studygroups.StudyGroupRecords}, which the demo record uses too.
 */
@NullMarked
package plenary.studygroups;

import org.jspecify.annotations.NullMarked;
