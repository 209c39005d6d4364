/** The index, its analysis and entries, the outbox and its poller, and the full rebuild. */
@NullMarked
package plenary.search.internal;

import org.jspecify.annotations.NullMarked;
