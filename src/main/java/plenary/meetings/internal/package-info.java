/**
 * The meetings' aggregates, their repositories, queries and rules, the attribution and redaction of the record
 * and the gate that says who may read or change it; nobody else's business.
 */
@NullMarked
package plenary.meetings.internal;

import org.jspecify.annotations.NullMarked;
