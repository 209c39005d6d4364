/**
 * The endorsement module's tables: rounds of endorsement, the committees' answers and the publications; nobody
 * else's business.
 */
@NullMarked
package plenary.endorsement.internal;

import org.jspecify.annotations.NullMarked;
