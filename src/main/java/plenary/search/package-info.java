/**
 * Search over the group's record: interventions, proposals, published reports (by paragraph), memoranda (the
 * paragraphs of their last frozen version, or of the working text before any) and institutions, in an embedded
 * Lucene index kept under {@code plenary.search.index-dir} (by default the data folder's {@code search}).
 *
 * <p>Only what the reader may see: every entry carries its audience, {@code public} (published reports) or
 * {@code signed-in} (everything else), and the public's queries are limited to the first. An entry from a meeting
 * whose attribution rule withholds names is indexed in the form its rule describes ("a Russian participant") in
 * the field everyone searches; its named form goes to a second field, searched and shown only to readers in the
 * entry's {@code namesFor} list: the secretariat, the leaders of its study group ({@code group:<id>}) and the
 * meeting's participants ({@code person:<id>}), those who see the named record. Nobody else's query ever reads it.
 *
 * <p>The index follows the database through an outbox: the modules' events (meetings, reports, memoranda) are
 * heard synchronously, in the transaction of the change, and each writes a row to {@code search_change}. Each
 * instance's poller applies the rows to its own index, re-reading what changed from the modules' APIs, and keeps
 * its position in the index's commit data, so that a change is applied after a crash and each of several
 * instances keeps its index from the one table. Institutions publish no events: the poller compares their ids
 * and versions on every run. {@link plenary.search.RecordSearch} is the one bean; nothing depends on this module.
 */
@NullMarked
package plenary.search;

import org.jspecify.annotations.NullMarked;
