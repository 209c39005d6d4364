/**
 * The directory's aggregates, repositories and queries, and the sign-in machinery (throttling, lockouts, the first
 * administrator); nobody else's business.
 */
@NullMarked
package plenary.directory.internal;

import org.jspecify.annotations.NullMarked;
