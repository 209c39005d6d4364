/**
 * Study groups: their title and mandate, co-chairs and rapporteurs, the member committees that take part,
 * the planned series of meetings and the group's status. Other modules ask {@link plenary.studygroups.StudyGroups}
 * who leads a group.
 */
package plenary.studygroups;
