/**
 * The road from a memorandum's final version to its publication: the co-chairs ask the participating member
 * committees to endorse a version; each answers once through its representative (endorses, with a reservation or
 * without, objects or abstains); the study group's consensus rule decides whether it may go to the Steering
 * Committee; it is submitted to a meeting of the Steering Committee, whose decision is recorded; and an approved
 * memorandum is published in the organisation's series, its reservations printed as footnotes.
 * {@link plenary.endorsement.Endorsements} reads where a memorandum stands, {@link
 * plenary.endorsement.EndorsementRecords} and {@link plenary.endorsement.SubmissionRecords} change it, and {@link
 * plenary.endorsement.PublishedMemoranda} gives anyone the published memoranda (the reports' dossier among them).
 */
@NullMarked
package plenary.endorsement;

import org.jspecify.annotations.NullMarked;
