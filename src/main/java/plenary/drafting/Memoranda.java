package plenary.drafting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.documents.Document;
import plenary.documents.DocumentRedline;
import plenary.documents.Redlines;
import plenary.documents.Typesetter;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.drafting.internal.FrozenVersion;
import plenary.drafting.internal.MemorandumStore;
import plenary.drafting.internal.StoredMemorandum;
import plenary.kernel.InvalidRecord;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * What may be read of the memoranda, by signed-in accounts: the working text, the frozen versions as documents in
 * any format, and the redline between two versions.
 */
@Service
@Transactional(readOnly = true)
public class Memoranda {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MemorandumGate gate;
    private final MemorandumStore store;
    private final FirstDrafts firstDrafts;
    private final Typesetter typesetter;

    Memoranda(MemorandumGate gate, MemorandumStore store, FirstDrafts firstDrafts, Typesetter typesetter) {
        this.gate = gate;
        this.store = store;
        this.firstDrafts = firstDrafts;
        this.typesetter = typesetter;
    }

    public List<MemorandumSummary> all() {
        gate.requireReader();
        return summaries(store.all());
    }

    public List<MemorandumSummary> ofStudyGroup(StudyGroupId group) {
        gate.requireReader();
        return summaries(store.ofStudyGroup(group.value()));
    }

    /** One memorandum as a list shows it, without what {@link #find} reads besides (the proposals it cites). */
    public MemorandumSummary summary(long id) {
        return summaries(List.of(gate.readable(id))).get(0);
    }

    // The versions of all of them counted in one statement, not one a memorandum.
    private List<MemorandumSummary> summaries(List<StoredMemorandum> stored) {
        Map<Long, Integer> versions =
                store.versionCounts(stored.stream().map(StoredMemorandum::id).toList());
        return stored.stream()
                .map(m -> new MemorandumSummary(
                        new MemorandumId(m.id()),
                        new StudyGroupId(m.studyGroupId()),
                        m.text().title(),
                        versions.getOrDefault(m.id(), 0),
                        m.savedAt(),
                        m.revision()))
                .toList();
    }

    public MemorandumView find(long id) {
        return view(gate.readable(id));
    }

    /**
     * That the memorandum exists and the one signed in may read it (else as {@link #find}), without reading what
     * {@link #find} shows of it: the standings of the proposals it cites read its group's whole record.
     */
    public void requireReadable(long id) {
        gate.readable(id);
    }

    /** Whether the one signed in may edit the memorandum. */
    public boolean mayDraft(long id) {
        return gate.mayDraft(gate.group(gate.readable(id).studyGroupId()));
    }

    /** A frozen version as a document of the one model, ready to typeset. */
    public VersionDocument version(long id, int number) {
        StoredMemorandum memorandum = gate.readable(id);
        return new VersionDocument(
                document(memorandum, frozen(memorandum, number, "number")),
                LocalDate.ofInstant(memorandum.createdAt(), ZoneOffset.UTC),
                number);
    }

    /** A frozen version's text: its sections and paragraphs under their keys, as they stood when frozen. */
    public MemorandumText versionText(long id, int number) {
        return frozen(gate.readable(id), number, "number").text();
    }

    /** The versions frozen so far, oldest first. */
    public List<VersionSummary> versions(long id) {
        StoredMemorandum memorandum = gate.readable(id);
        return store.versions(memorandum.id()).stream().map(Memoranda::summary).toList();
    }

    /**
     * What changed from one version to another (or back): words inserted and deleted, paragraphs added, removed and
     * moved (shown as moves), and the whole text of the newer version so marked.
     */
    public DocumentRedline redline(long id, int from, int to) {
        StoredMemorandum memorandum = gate.readable(id);
        FrozenVersion older = frozen(memorandum, from, "from");
        FrozenVersion newer = frozen(memorandum, to, "to");
        return Redlines.ofDocuments(from, document(memorandum, older), to, document(memorandum, newer));
    }

    /**
     * The redline as a Word document of tracked changes that Word and LibreOffice accept or reject, each change
     * signed by whoever froze the newer version, when they froze it.
     */
    public byte[] trackedChanges(long id, int from, int to) {
        StoredMemorandum memorandum = gate.readable(id);
        FrozenVersion newer = frozen(memorandum, to, "to");
        return typesetter.trackedChanges(redline(id, from, to), newer.frozenBy(), newer.frozenAt());
    }

    MemorandumView view(StoredMemorandum stored) {
        StudyGroupView group = gate.group(stored.studyGroupId());
        MemorandumText text = stored.text();
        List<MemorandumView.Section> sections = new ArrayList<>();
        for (int s = 0; s < text.sections().size(); s++) {
            DraftSection section = text.sections().get(s);
            List<MemorandumView.Paragraph> paragraphs = new ArrayList<>();
            for (int n = 0; n < section.paragraphs().size(); n++) {
                DraftParagraph p = section.paragraphs().get(n);
                paragraphs.add(new MemorandumView.Paragraph(
                        p.key(), (s + 1) + "." + (n + 1), p.text(), p.proposalIds(), p.institutionIds()));
            }
            sections.add(
                    new MemorandumView.Section(section.key(), String.valueOf(s + 1), section.heading(), paragraphs));
        }
        return new MemorandumView(
                new MemorandumId(stored.id()),
                group.id(),
                group.title(),
                text.title(),
                text.preamble(),
                sections,
                store.versions(stored.id()).stream().map(Memoranda::summary).toList(),
                standings(group, text),
                stored.savedBy(),
                stored.savedAt(),
                stored.revision());
    }

    /** Where the proposals the text cites stand; the record is read only when the text cites any. */
    private Map<Long, ProposalStanding> standings(StudyGroupView group, MemorandumText text) {
        Set<Long> cited = new LinkedHashSet<>();
        text.sections().forEach(s -> s.paragraphs().forEach(p -> cited.addAll(p.proposalIds())));
        return cited.isEmpty() ? Map.of() : firstDrafts.standings(group.id(), cited);
    }

    static VersionSummary summary(FrozenVersion version) {
        return new VersionSummary(
                version.number(), version.note(), version.frozenBy(), version.frozenAt(), version.revision());
    }

    private FrozenVersion frozen(StoredMemorandum memorandum, int number, String field) {
        return store.version(memorandum.id(), number)
                .orElseThrow(() -> InvalidRecord.of(field, "exists", "the memorandum has no version " + number));
    }

    private Document document(StoredMemorandum memorandum, FrozenVersion version) {
        StudyGroupView group = gate.group(memorandum.studyGroupId());
        LocalDate date = LocalDate.ofInstant(version.frozenAt(), ZoneOffset.UTC);
        return version.text()
                .document(
                        "memorandum-" + memorandum.id(),
                        date,
                        group.title(),
                        "Version " + version.number() + ", " + date.format(DATE));
    }
}
