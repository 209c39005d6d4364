/**
 * The pictures of the regional architecture, drawn on the server for any date: who shares member states with
 * whom (the overlap, as JSON), the membership map (SVG) and the matrix of states and institutions (a page). The
 * drawing and the overlap are plain classes over {@link plenary.institutions.map.Membership}; only this package's
 * controllers use them.
 */
@NullMarked
package plenary.institutions.map;

import org.jspecify.annotations.NullMarked;
