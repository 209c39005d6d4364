/**
 * The regional architecture the study group talks about: multilateral institutions and processes (the Six
 * Party Talks, KEDO, the East Asia Summit, a proposed Northeast Asia FTA …) with their other names, member
 * states and relations to each other, and the controlled list of issue areas. Interventions name their
 * subjects from here, never as free text. Other modules read through {@link plenary.institutions.Institutions}
 * (which also finds an institution by any of its names); the demo record writes through
 * {@link plenary.institutions.InstitutionRecords}, which also serves this module's own pages and API.
 */
@NullMarked
package plenary.institutions;

import org.jspecify.annotations.NullMarked;
