package plenary.imports.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.imports.ImportedRecord;
import plenary.imports.ImportedRecord.Excerpt;
import plenary.imports.ImportedRecord.Intervention;
import plenary.imports.ImportedRecord.Proposal;
import plenary.imports.ImportedRecord.Session;
import plenary.imports.internal.Headings.Kind;
import plenary.imports.internal.Turns.Turn;
import plenary.meetings.InterventionKind;

/**
 * Reads a meeting report into a draft record with the genre's rules: the facts before the first session, the
 * sessions (under their headings, or where the prose opens them: "The second session dealt with …"), each
 * session's interventions ({@link Turns}, {@link Kinds}, {@link Stances}, {@link Register}) and proposals
 * ({@link Proposals}), and the next tasks under their heading ({@link NextTasks}). A report in which no session
 * can be found is read as one session holding the whole text. Plain Java: the same text always gives the same
 * record.
 */
public final class ReportReading {

    private final Register register;

    public ReportReading(Register register) {
        this.register = register;
    }

    /** The record read from the text, whose excerpts index into that same text. */
    public ImportedRecord read(String source) {
        List<Passage> blocks = Blocks.of(source);
        List<@Nullable Kind> kinds =
                blocks.stream().map(b -> Headings.of(b.text())).toList();
        int tasksAt = kinds.indexOf(Kind.NEXT_TASKS);
        int bodyEnd = tasksAt < 0 ? blocks.size() : tasksAt;
        List<SessionZone> zones = headed(blocks, kinds, bodyEnd);
        if (zones.isEmpty()) {
            zones = prose(blocks, kinds, bodyEnd);
        }
        boolean whole = zones.isEmpty();
        if (whole) {
            zones = List.of(new SessionZone(null, "whole-text", 0, texts(blocks, kinds, 0, bodyEnd)));
        }
        int factsEnd = whole ? source.length() : zones.get(0).start();
        List<Session> sessions = new ArrayList<>();
        List<Intervention> interventions = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        for (SessionZone zone : zones) {
            read(source, zone, sessions.size() + 1, sessions, interventions, proposals);
        }
        List<Passage> taskSentences = new ArrayList<>();
        if (tasksAt >= 0) {
            texts(blocks, kinds, tasksAt + 1, blocks.size()).forEach(b -> taskSentences.addAll(b));
        }
        return new ImportedRecord(
                FactRules.read(source, factsEnd), sessions, interventions, proposals, NextTasks.of(taskSentences));
    }

    private void read(
            String source,
            SessionZone zone,
            int number,
            List<Session> sessions,
            List<Intervention> interventions,
            List<Proposal> proposals) {
        List<Passage> opening = new ArrayList<>();
        List<List<Passage>> rest = new ArrayList<>();
        for (List<Passage> block : zone.blocks()) {
            List<Passage> remaining = new ArrayList<>();
            for (Passage sentence : block) {
                if (rest.isEmpty() && remaining.isEmpty() && SessionRules.opens(sentence)) {
                    opening.add(sentence);
                } else {
                    remaining.add(sentence);
                }
            }
            if (!remaining.isEmpty()) {
                rest.add(remaining);
            }
        }
        int end = zone.blocks().isEmpty() ? zone.start() : last(zone.blocks()).end();
        sessions.add(new Session(
                number,
                zone.theme(),
                SessionRules.objectives(opening),
                new Excerpt(zone.start(), Math.max(zone.start(), end)),
                zone.rule()));
        List<Turn> turns = Turns.of(rest);
        List<InterventionKind> kinds = new ArrayList<>();
        int first = interventions.size() + 1;
        for (Turn turn : turns) {
            Passage passage = turn.passage(source);
            Kinds.Rule kind = Kinds.of(turn.sentences().get(0).text());
            kinds.add(kind.kind());
            interventions.add(new Intervention(
                    number,
                    kind.kind(),
                    Stances.of(kind.kind(), passage.text()),
                    turn.speaker(),
                    turn.nationality(),
                    register.in(passage),
                    passage.excerpt(),
                    turn.rule() + ", " + kind.name()));
        }
        proposals.addAll(Proposals.of(turns, kinds, first));
    }

    /** The sessions under their headings: each runs to the next session's heading or the next tasks'. */
    private static List<SessionZone> headed(List<Passage> blocks, List<@Nullable Kind> kinds, int bodyEnd) {
        List<SessionZone> zones = new ArrayList<>();
        for (int i = 0; i < bodyEnd; i++) {
            if (kinds.get(i) != Kind.SESSION) {
                continue;
            }
            int next = i + 1;
            while (next < bodyEnd && kinds.get(next) != Kind.SESSION) {
                next++;
            }
            zones.add(new SessionZone(
                    Headings.theme(blocks.get(i).text()),
                    "session-heading",
                    blocks.get(i).start(),
                    texts(blocks, kinds, i + 1, next)));
        }
        return zones;
    }

    /** The sessions the prose opens ("The first session(1) reviewed …"): each runs to the next one's opening. */
    private static List<SessionZone> prose(List<Passage> blocks, List<@Nullable Kind> kinds, int bodyEnd) {
        List<SessionZone> zones = new ArrayList<>();
        List<List<Passage>> current = null;
        for (List<Passage> block : texts(blocks, kinds, 0, bodyEnd)) {
            List<Passage> part = new ArrayList<>();
            for (Passage sentence : block) {
                if (SessionRules.PROSE_SESSION.matcher(sentence.text()).find()) {
                    if (current != null && !part.isEmpty()) {
                        current.add(part);
                    }
                    part = new ArrayList<>();
                    current = new ArrayList<>();
                    zones.add(new SessionZone(null, "session-sentence", sentence.start(), current));
                }
                part.add(sentence);
            }
            if (current != null && !part.isEmpty()) {
                current.add(part);
            }
        }
        return zones;
    }

    /** The sentences of the blocks from {@code from} to {@code to} that are not headings, block by block. */
    private static List<List<Passage>> texts(List<Passage> blocks, List<@Nullable Kind> kinds, int from, int to) {
        List<List<Passage>> texts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (kinds.get(i) == null) {
                texts.add(Sentences.of(blocks.get(i)));
            }
        }
        return texts;
    }

    private static Passage last(List<List<Passage>> blocks) {
        List<Passage> lastBlock = blocks.get(blocks.size() - 1);
        return lastBlock.get(lastBlock.size() - 1);
    }

    /** A session's part of the report: its theme, the rule that found it, where it starts and its sentences. */
    private record SessionZone(@Nullable String theme, String rule, int start, List<List<Passage>> blocks) {}
}
