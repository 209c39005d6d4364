/** How the positions map is drawn from the meeting records and the memoranda. */
@NullMarked
package plenary.positions.internal;

import org.jspecify.annotations.NullMarked;
