/**
 * What every module shares: the ways a command can fail (an invalid record, a stale edit, a missing
 * record, a record still in use) so that pages and API report them alike.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package plenary.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
