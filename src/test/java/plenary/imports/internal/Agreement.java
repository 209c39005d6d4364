package plenary.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import plenary.imports.ImportedRecord;
import plenary.imports.ImportedRecord.Excerpt;

/**
 * How far an imported record agrees with a report's gold annotation, item type by item type: the items found
 * (predicted), the items annotated (gold) and the items both agree on. Two excerpts stand for the same item when
 * they share at least half of the characters either covers (intersection over union of 0.5), each gold item
 * pairing with at most one imported one.
 */
final class Agreement {

    static final double SAME_ITEM = 0.5;

    /** The counts of one item type. */
    record Count(int agreed, int predicted, int gold) {

        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) agreed / predicted;
        }

        double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) agreed / gold;
        }

        Count plus(Count other) {
            return new Count(agreed + other.agreed, predicted + other.predicted, gold + other.gold);
        }
    }

    private Agreement() {}

    /** The counts of each item type, in the order of the README's table. */
    static Map<String, Count> of(Gold gold, ImportedRecord imported) throws java.io.IOException {
        String text = gold.text();
        Map<String, Count> counts = new TreeMap<>((a, b) -> Integer.compare(ITEMS.indexOf(a), ITEMS.indexOf(b)));
        List<Excerpt> goldSessions = gold.sessions().stream()
                .map(s -> Gold.locate(text, s.from(), s.to()))
                .toList();
        counts.put(
                "sessions",
                pairs(goldSessions, excerpts(imported.sessions(), ImportedRecord.Session::excerpt))
                        .count(imported.sessions().size(), goldSessions.size()));
        List<Excerpt> goldInterventions = gold.interventions().stream()
                .map(i -> Gold.locate(text, i.from(), i.to()))
                .toList();
        Pairs interventions =
                pairs(goldInterventions, excerpts(imported.interventions(), ImportedRecord.Intervention::excerpt));
        counts.put(
                "intervention boundaries",
                interventions.count(imported.interventions().size(), goldInterventions.size()));
        int kinds = 0;
        int stances = 0;
        int institutions = 0;
        for (Map.Entry<Integer, Integer> pair : interventions.goldToImported().entrySet()) {
            Gold.Intervention g = gold.interventions().get(pair.getKey());
            ImportedRecord.Intervention i = imported.interventions().get(pair.getValue());
            kinds += g.kind() == i.kind() ? 1 : 0;
            stances += g.stance() != null && g.stance() == i.stance() ? 1 : 0;
            Set<String> named = new HashSet<>(g.institutions());
            named.retainAll(i.institutions().stream()
                    .map(ImportedRecord.Institution::name)
                    .toList());
            institutions += named.size();
        }
        counts.put(
                "kinds",
                new Count(
                        kinds,
                        imported.interventions().size(),
                        gold.interventions().size()));
        counts.put(
                "stances",
                new Count(
                        stances,
                        (int) imported.interventions().stream()
                                .filter(i -> i.stance() != null)
                                .count(),
                        (int) gold.interventions().stream()
                                .filter(i -> i.stance() != null)
                                .count()));
        counts.put(
                "institutions",
                new Count(
                        institutions,
                        imported.interventions().stream()
                                .mapToInt(i -> i.institutions().size())
                                .sum(),
                        gold.interventions().stream()
                                .mapToInt(i -> i.institutions().size())
                                .sum()));
        List<Excerpt> goldProposals = gold.proposals().stream()
                .map(p -> Gold.locate(text, p.from(), p.to()))
                .toList();
        Pairs proposals = pairs(goldProposals, excerpts(imported.proposals(), ImportedRecord.Proposal::excerpt));
        counts.put("proposals", proposals.count(imported.proposals().size(), goldProposals.size()));
        counts.put("positions", positions(gold, imported, interventions, proposals));
        List<Excerpt> goldTasks = gold.nextTasks().stream()
                .map(t -> Gold.locate(text, t.from(), t.to()))
                .toList();
        counts.put(
                "next tasks",
                pairs(goldTasks, excerpts(imported.nextTasks(), ImportedRecord.NextTask::excerpt))
                        .count(imported.nextTasks().size(), goldTasks.size()));
        counts.put("facts", facts(gold.meeting(), imported.facts()));
        return counts;
    }

    static final List<String> ITEMS = List.of(
            "sessions",
            "intervention boundaries",
            "kinds",
            "stances",
            "institutions",
            "proposals",
            "positions",
            "next tasks",
            "facts");

    private static Count positions(Gold gold, ImportedRecord imported, Pairs interventions, Pairs proposals) {
        int agreed = 0;
        for (Map.Entry<Integer, Integer> pair : proposals.goldToImported().entrySet()) {
            for (Gold.Position g : gold.proposals().get(pair.getKey()).positions()) {
                Integer mine = interventions.goldToImported().get(g.intervention() - 1);
                agreed += imported.proposals().get(pair.getValue()).positions().stream()
                                .anyMatch(p -> mine != null && p.intervention() == mine + 1 && p.stance() == g.stance())
                        ? 1
                        : 0;
            }
        }
        return new Count(
                agreed,
                imported.proposals().stream()
                        .mapToInt(p -> p.positions().size())
                        .sum(),
                gold.proposals().stream().mapToInt(p -> p.positions().size()).sum());
    }

    private static Count facts(Gold.Meeting g, ImportedRecord.Facts i) {
        List<Object[]> fields = List.of(
                new Object[] {g.ordinal(), i.ordinal()},
                new Object[] {g.startsOn(), i.startsOn()},
                new Object[] {g.endsOn(), i.endsOn()},
                new Object[] {g.city(), i.city()},
                new Object[] {g.country(), i.country()},
                new Object[] {g.experts(), i.expertsCount()},
                new Object[] {g.committees(), i.committeesCount()},
                new Object[] {g.attendanceQualifier(), i.attendanceQualifier()},
                new Object[] {g.otherRegions() ? true : null, i.otherRegions() ? true : null},
                new Object[] {g.host(), i.host()});
        int agreed = 0;
        int predicted = 0;
        int annotated = 0;
        for (Object[] f : fields) {
            predicted += f[1] != null ? 1 : 0;
            annotated += f[0] != null ? 1 : 0;
            agreed += f[0] != null && Objects.equals(f[0], f[1]) ? 1 : 0;
        }
        return new Count(agreed, predicted, annotated);
    }

    private static <T> List<Excerpt> excerpts(List<T> items, Function<T, Excerpt> excerpt) {
        return items.stream().map(excerpt).toList();
    }

    /** Gold items paired with imported ones, by index. */
    record Pairs(Map<Integer, Integer> goldToImported) {

        Count count(int predicted, int gold) {
            return new Count(goldToImported.size(), predicted, gold);
        }
    }

    static Pairs pairs(List<Excerpt> gold, List<Excerpt> imported) {
        Map<Integer, Integer> pairs = new TreeMap<>();
        Set<Integer> taken = new HashSet<>();
        for (int g = 0; g < gold.size(); g++) {
            int best = -1;
            double bestOverlap = SAME_ITEM;
            for (int i = 0; i < imported.size(); i++) {
                double overlap = overlap(gold.get(g), imported.get(i));
                if (!taken.contains(i) && overlap >= bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                pairs.put(g, best);
                taken.add(best);
            }
        }
        return new Pairs(pairs);
    }

    static double overlap(Excerpt a, Excerpt b) {
        int common = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return common <= 0 || union == 0 ? 0 : (double) common / union;
    }

    static List<String> rows(String report, Map<String, Count> counts) {
        List<String> rows = new ArrayList<>();
        counts.forEach((item, c) -> rows.add("| %s | %s | %.2f | %.2f | %d / %d / %d |"
                .formatted(report, item, c.precision(), c.recall(), c.agreed(), c.predicted(), c.gold())));
        return rows;
    }
}
