/** How the generator writes each module's rows: the cast, the meetings, the reports, the memoranda. */
@NullMarked
package plenary.generator.internal;

import org.jspecify.annotations.NullMarked;
