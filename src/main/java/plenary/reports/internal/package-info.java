/**
 * The reports' aggregates, repositories and queries, and the machinery behind the commands (versioning,
 * redlines, screening, review invitations, publishing); nobody else's business.
 */
@NullMarked
package plenary.reports.internal;

import org.jspecify.annotations.NullMarked;
