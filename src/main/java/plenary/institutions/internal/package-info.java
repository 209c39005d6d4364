/**
 * The institutions' aggregate, its repository, queries, name keys and rules; nobody else's business.
 */
@NullMarked
package plenary.institutions.internal;

import org.jspecify.annotations.NullMarked;
