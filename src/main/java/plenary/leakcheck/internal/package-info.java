/**
 * The leak check's machinery: how texts and names are folded, which terms each identity yields, and how they are
 * searched for and reported; nobody else's business.
 */
@NullMarked
package plenary.leakcheck.internal;

import org.jspecify.annotations.NullMarked;
