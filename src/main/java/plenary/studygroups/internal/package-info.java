/**
 * The study groups' aggregate, its repository, queries and rules; nobody else's business.
 */
@NullMarked
package plenary.studygroups.internal;

import org.jspecify.annotations.NullMarked;
