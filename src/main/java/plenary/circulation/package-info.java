/**
 * Circulation of a memorandum's frozen version for comments and amendments: the co-chairs send it to the study
 * group's member committees (answering through their representatives), people of the group and outside recipients
 * (through a personal link, of which only a hash is kept), with a deadline and a note; recipients comment on
 * paragraphs by key and propose amendments until the deadline, later ones only marked late. Mail goes through
 * {@code notify}'s outbox, worded when sent. The co-chairs decide on each amendment ({@link
 * plenary.circulation.DecisionRecords}: applied to the working text, rejected with a reason, merged, or kept open in
 * brackets), committees support wordings in brackets ({@link plenary.circulation.BracketRecords}), and
 * {@link plenary.circulation.Compilations} prints a version's compilation text and each committee's requests.
 * {@link plenary.circulation.Circulations} reads, {@link plenary.circulation.CirculationRecords} records; events
 * ({@link plenary.circulation.CirculationSent}, {@link plenary.circulation.AmendmentDecided} …) say what happened.
 */
@NullMarked
package plenary.circulation;

import org.jspecify.annotations.NullMarked;
