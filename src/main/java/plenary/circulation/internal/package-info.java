/** The circulation module's tables, rules and personal links: nobody else's business. */
@NullMarked
package plenary.circulation.internal;

import org.jspecify.annotations.NullMarked;
