package plenary.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.circulation.CirculationView;
import plenary.circulation.Circulations;
import plenary.directory.CurrentAccount;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumSummary;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionSummary;
import plenary.kernel.Phrase;
import plenary.kernel.RecordNotFound;
import plenary.search.internal.Entry.Facet;
import plenary.studygroups.StudyGroups;

/**
 * A memorandum's paragraphs as entries: those of its last frozen version, or of its working text before any
 * version was frozen; and the comments made on it in its circulations. Read as Plenary itself, since memoranda
 * and their circulations are read only by signed-in accounts and the index is written by no one in particular;
 * the entries are for signed-in readers only.
 */
@Component
public class MemorandumEntries {

    private final Memoranda memoranda;
    private final Circulations circulations;
    private final StudyGroups studyGroups;

    MemorandumEntries(Memoranda memoranda, Circulations circulations, StudyGroups studyGroups) {
        this.memoranda = memoranda;
        this.circulations = circulations;
        this.studyGroups = studyGroups;
    }

    static String owner(long memorandumId) {
        return "memorandum:" + memorandumId;
    }

    public List<Long> all() {
        return CurrentAccount.asSystem(
                () -> memoranda.all().stream().map(m -> m.id().value()).toList());
    }

    public List<Entry> of(long memorandumId) {
        return CurrentAccount.asSystem(() -> read(memorandumId));
    }

    /** Every memorandum as a list shows it (title, study group, versions), read at once: what a rebuild walks. */
    public List<MemorandumSummary> summaries() {
        return CurrentAccount.asSystem(memoranda::all);
    }

    /** Each study group's facet by its id, read at once for a rebuild. */
    public Map<Long, Facet> groups() {
        return studyGroups.all().stream()
                .collect(Collectors.toMap(
                        g -> g.id().value(), g -> new Facet(Long.toString(g.id().value()), g.title()), (a, b) -> a));
    }

    /**
     * A memorandum's entries for a rebuild, from its summary and its group's facet: its last version's text and its
     * comments, without the memorandum's page view, which also reads every meeting of the group to tell where the
     * proposals it cites stand (what made a rebuild of many memoranda slow). Read as {@link #of(long)} otherwise.
     */
    public List<Entry> of(MemorandumSummary summary, @Nullable Facet group) {
        long id = summary.id().value();
        if (summary.versions() == 0 || group == null) {
            return of(id);
        }
        return CurrentAccount.asSystem(() -> {
            List<VersionSummary> versions;
            try {
                versions = memoranda.versions(id);
            } catch (RecordNotFound gone) {
                return List.<Entry>of();
            }
            if (versions.isEmpty()) {
                return read(id);
            }
            MemorandumText text =
                    memoranda.versionText(id, versions.get(versions.size() - 1).number());
            List<Entry> entries = new ArrayList<>();
            for (MemorandumText.DraftSection section : text.sections()) {
                for (MemorandumText.DraftParagraph p : section.paragraphs()) {
                    entries.add(entry(id, summary.title(), section.heading(), p.key(), p.text(), group));
                }
            }
            comments(id, summary.title(), group, entries);
            return entries;
        });
    }

    /**
     * A comment's entry alone, or none when it or its memorandum is gone: what a new comment costs the index, one
     * entry, however many comments came before it. Its owner is the memorandum's, so that the memorandum read again
     * brings it again with the others.
     */
    public Optional<Entry> comment(long commentId) {
        return CurrentAccount.asSystem(() -> {
            try {
                return circulations.comment(commentId).map(c -> {
                    MemorandumSummary memorandum =
                            memoranda.summary(c.memorandumId().value());
                    return comment(
                            memorandum.id().value(),
                            memorandum.title(),
                            c.circulationId(),
                            c.version(),
                            c.comment(),
                            group(memorandum));
                });
            } catch (RecordNotFound gone) {
                return Optional.<Entry>empty();
            }
        });
    }

    private Facet group(MemorandumSummary memorandum) {
        String id = Long.toString(memorandum.studyGroupId().value());
        return new Facet(
                id,
                studyGroups.find(memorandum.studyGroupId()).map(g -> g.title()).orElse(id));
    }

    private List<Entry> read(long id) {
        MemorandumView view;
        try {
            view = memoranda.find(id);
        } catch (RecordNotFound gone) {
            return List.of();
        }
        Facet group = new Facet(Long.toString(view.studyGroupId().value()), view.studyGroupTitle());
        List<Entry> entries = new ArrayList<>();
        Optional<VersionSummary> latest = view.latestVersion();
        if (latest.isPresent()) {
            MemorandumText text = memoranda.versionText(id, latest.get().number());
            for (MemorandumText.DraftSection section : text.sections()) {
                for (MemorandumText.DraftParagraph p : section.paragraphs()) {
                    entries.add(entry(id, view.title(), section.heading(), p.key(), p.text(), group));
                }
            }
        } else {
            for (MemorandumView.Section section : view.sections()) {
                for (MemorandumView.Paragraph p : section.paragraphs()) {
                    entries.add(entry(id, view.title(), section.heading(), p.key(), p.text(), group));
                }
            }
        }
        comments(id, view.title(), group, entries);
        return entries;
    }

    private void comments(long id, String title, Facet group, List<Entry> entries) {
        for (CirculationView circulation : circulations.ofMemorandum(id)) {
            for (CirculationView.Comment c : circulation.comments()) {
                entries.add(comment(id, title, circulation.id(), circulation.version(), c, group));
            }
        }
    }

    static String commentUid(long commentId) {
        return "comment:" + commentId;
    }

    private static Entry comment(
            long id, String title, long circulationId, int version, CirculationView.Comment c, Facet group) {
        return new Entry(
                commentUid(c.id()),
                owner(id),
                "comment",
                "Comment on " + title + ", version " + version,
                c.text(),
                null,
                Set.of(),
                false,
                "/memoranda/" + id + "/circulations/" + circulationId + "#comment-" + c.id(),
                group,
                null,
                null,
                List.of(),
                Phrase.of("search.heading.comment", title, Integer.toString(version)));
    }

    private static Entry entry(long id, String title, String heading, String key, String text, Facet group) {
        return new Entry(
                "memorandum:" + id + ":" + key,
                owner(id),
                "memorandum",
                title + ": " + heading,
                text,
                null,
                Set.of(),
                false,
                "/memoranda/" + id,
                group,
                null,
                null,
                List.of());
    }
}
