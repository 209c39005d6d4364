/**
 * Plenary's application class, which starts the modules in the packages below.
 */
@NullMarked
package plenary;

import org.jspecify.annotations.NullMarked;
