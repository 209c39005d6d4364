/**
 * What every module shares: the ways a command can fail (an invalid record, a stale edit, a missing
 * record, a record still in use) so that pages and API report them alike.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package plenary.kernel;
