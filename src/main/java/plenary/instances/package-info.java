/**
 * What several instances of Plenary on one database need to agree on: {@link plenary.instances.InstanceLocks}, which
 * the loaders of an empty database take so that one instance loads and the others find it loaded, and the
 * republishing of events left unfinished, done at start by one instance at a time. Sign-in sessions are kept in the
 * database by Spring Session (its tables are this module's migrations); each instance keeps its own search index.
 */
@NullMarked
package plenary.instances;

import org.jspecify.annotations.NullMarked;
