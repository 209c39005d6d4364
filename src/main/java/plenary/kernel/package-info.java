/**
 * What every module shares: the ways a command can fail (an invalid record, a stale edit, a missing
 * record, a record still in use) so that pages and API report them alike; and what awaits a person
 * ({@link plenary.kernel.AwaitingWork}, answered by each module that asks people for work, with its
 * {@link plenary.kernel.WorkItem}s), so that the list of one's work needs no module's internals.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package plenary.kernel;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
