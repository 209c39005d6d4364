/**
 * The regional architecture the study group talks about: multilateral institutions and processes (the Six
 * Party Talks, KEDO, the East Asia Summit, a proposed Northeast Asia FTA …) with their other names, member
 * states and relations to each other, and the controlled list of issue areas. Interventions name their
 * subjects from here, never as free text. Other modules read through {@link plenary.institutions.Institutions}
 * (which also finds an institution by any of its names, and the institutions a text names, for editors to
 * suggest as links); the demo record writes through {@link plenary.institutions.InstitutionRecords}, which also
 * serves this module's own pages and API. What refers to an institution comes from the modules that implement
 * {@link plenary.institutions.MentionSource} (meetings, reports, drafting), each applying its own rule of who may
 * see what, so that this module depends on none of them.
 */
@NullMarked
package plenary.institutions;

import org.jspecify.annotations.NullMarked;
