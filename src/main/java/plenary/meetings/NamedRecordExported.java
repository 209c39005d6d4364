package plenary.meetings;

/**
 * The named record of a meeting held under a rule other than {@link AttributionRule#NAMED} (who said what, which
 * the rule keeps from most readers) was handed to a program through the API, to {@code by}, who may read it.
 */
public record NamedRecordExported(MeetingId meetingId, AttributionRule rule, String by) {}
