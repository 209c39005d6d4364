/**
 * The data generator: fills an empty instance with a seeded, realistic record at a chosen size (S: the demo
 * record; M: 50 study groups, 500 meetings, 50,000 interventions, 200 memoranda of 10 versions; L: ten times M),
 * so that speed can be measured at the sizes Plenary is meant for. {@code PLENARY_GENERATE=M} generates as the
 * instance starts; {@link plenary.generator.Generator} does it from code (tests and benchmarks).
 *
 * <p>Like {@code backup}, and unlike every other module, it writes the other modules' tables directly, in
 * batches: a record of M's size through the modules' commands would take hours. What it writes keeps each
 * module's rules (a speaker took part in the meeting, a link points to an earlier intervention of the same group,
 * a version freezes a revision, a circulation's comments name paragraphs of the version circulated), and it
 * fills the search outbox so that every instance indexes the record. Nothing depends on this module.
 */
@NullMarked
package plenary.generator;

import org.jspecify.annotations.NullMarked;
