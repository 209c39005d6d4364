/**
 * "My work", the first page after sign-in: what awaits the signed-in person across Plenary, soonest deadline first,
 * each item with the page where it is done. It owns no records: it collects the {@link plenary.kernel.AwaitingWork}
 * of every module that asks people for work (reports, circulation, endorsement, notify), each answering from its own
 * package, and knows none of their internals.
 */
@NullMarked
package plenary.mywork;

import org.jspecify.annotations.NullMarked;
