package plenary.generator;

import java.util.Locale;
import plenary.kernel.InvalidRecord;

/**
 * How much to generate: study groups, their meetings and interventions (spread evenly), and memoranda, each with
 * its number of frozen versions. S is the demo record, which {@code plenary.demo} loads; XS is for tests.
 */
public record Size(String name, int studyGroups, int meetings, int interventions, int memoranda, int versions) {

    public static final Size XS = new Size("XS", 2, 4, 80, 2, 10);
    public static final Size M = new Size("M", 50, 500, 50_000, 200, 10);
    public static final Size L = M.times(10).named("L");

    public Size {
        if (studyGroups < 1 || meetings % studyGroups != 0 || interventions % meetings != 0) {
            throw new IllegalArgumentException("meetings must divide among the study groups, interventions among "
                    + "the meetings: " + studyGroups + ", " + meetings + ", " + interventions);
        }
        if (meetings / studyGroups > 20 || memoranda % studyGroups != 0 || versions < 1) {
            throw new IllegalArgumentException(
                    "a study group plans at most 20 meetings; memoranda divide among the groups");
        }
    }

    /** This size k times over (the same meetings a group, interventions a meeting, versions a memorandum). */
    public Size times(int k) {
        return new Size(name + "x" + k, studyGroups * k, meetings * k, interventions * k, memoranda * k, versions);
    }

    Size named(String other) {
        return new Size(other, studyGroups, meetings, interventions, memoranda, versions);
    }

    public int meetingsPerGroup() {
        return meetings / studyGroups;
    }

    public int interventionsPerMeeting() {
        return interventions / meetings;
    }

    public int memorandaPerGroup() {
        return memoranda / studyGroups;
    }

    /** XS, S, M or L (any case); refused naming the others. */
    public static Size of(String name) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "XS" -> XS;
            case "S" -> new Size("S", 1, 3, 24, 1, 1);
            case "M" -> M;
            case "L" -> L;
            default -> throw InvalidRecord.of("plenary.generate", "known", "must be XS, S, M or L");
        };
    }

    /** Whether this is S, the demo record, which the demo module loads rather than the generator. */
    public boolean demo() {
        return name.equals("S");
    }
}
