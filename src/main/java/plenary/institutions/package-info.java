/**
 * The regional architecture the study group talks about: multilateral institutions and processes (the Six
 * Party Talks, KEDO, the East Asia Summit, a proposed Northeast Asia FTA …) and the controlled list of issue
 * areas. Interventions name their subjects from here, never as free text.
 */
package plenary.institutions;
