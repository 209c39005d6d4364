package plenary.drafting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.internal.FrozenVersion;
import plenary.drafting.internal.MemorandumStore;
import plenary.drafting.internal.Merge;
import plenary.drafting.internal.StoredMemorandum;
import plenary.institutions.Institutions;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordInUse;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.StaleEdit;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * The drafting of a study group's memorandum by its co-chairs: started from the group's record, saved whole (a save
 * made on an older revision merged with what was saved since, or refused with both texts where both changed the
 * same part), paragraphs moved, and versions frozen with a note. Versions never change, and a memorandum with a
 * version is never deleted.
 */
@Service
@Transactional
public class MemorandumRecords {

    private final MemorandumGate gate;
    private final MemorandumStore store;
    private final Memoranda memoranda;
    private final Institutions institutions;
    private final FirstDrafts firstDrafts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    MemorandumRecords(
            MemorandumGate gate,
            MemorandumStore store,
            Memoranda memoranda,
            Institutions institutions,
            FirstDrafts firstDrafts,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.store = store;
        this.memoranda = memoranda;
        this.institutions = institutions;
        this.firstDrafts = firstDrafts;
        this.events = events;
    }

    /** Starts a memorandum for the study group: its first draft written from the group's record, or blank. */
    public MemorandumView create(MemorandumForm form) {
        new Rules().required(form.studyGroupId(), "studyGroupId").enforce();
        long groupId = Objects.requireNonNull(form.studyGroupId());
        StudyGroupView group = gate.group(groupId);
        gate.requireDrafter(group);
        MemorandumText text;
        if (Boolean.FALSE.equals(form.fromRecord())) {
            text = new MemorandumText(titleOr(form, group), "", List.of());
        } else {
            MemorandumText drafted = firstDrafts.draft(group.id()).text();
            text = form.title() == null || form.title().isBlank()
                    ? drafted
                    : new MemorandumText(form.title().strip(), drafted.preamble(), drafted.sections());
        }
        Instant now = now();
        long id = store.insert(groupId, text, nextKey(text), MemorandumGate.who(), now);
        events.publishEvent(new MemorandumStarted(
                new MemorandumId(id),
                group.id(),
                text.title(),
                !Boolean.FALSE.equals(form.fromRecord()),
                MemorandumGate.who(),
                now));
        return memoranda.view(store.find(id).orElseThrow());
    }

    /**
     * Saves the text as the edit gives it. An edit made on the latest revision stands as it is; one made on an older
     * revision is merged with what was saved since, and refused with {@link MemorandumConflict} where both changed
     * the same part. An edit that changes nothing saves nothing.
     */
    public MemorandumView edit(long id, MemorandumEdit edit) {
        gate.draftable(id);
        StoredMemorandum stored = locked(id);
        MemorandumText base = baseOf(stored, edit.version());
        EditedText yours = EditedText.of(edit, known(stored, base), stored.nextKey());
        return saved(stored, base, yours.text(), yours.nextKey());
    }

    /**
     * The text as it was at a revision, for an editor to change and save with {@link #edit}: a page that changes one
     * paragraph saves the text it showed with that change, and the merge keeps what others saved since.
     */
    @Transactional(readOnly = true)
    public MemorandumText textAt(long id, int revision) {
        return baseOf(gate.draftable(id), revision);
    }

    /**
     * Moves a paragraph into a section after another (first when none), as {@link #edit} saves: merged with what
     * was saved since the revision the move was made on. Refused when the paragraph is moved after itself.
     */
    public MemorandumView move(long id, MoveForm form) {
        gate.draftable(id);
        new Rules()
                .required(form.key(), "key")
                .required(form.sectionKey(), "sectionKey")
                .required(form.version(), "version")
                .enforce();
        StoredMemorandum stored = locked(id);
        MemorandumText base = baseOf(stored, form.version());
        String afterKey = form.afterKey() == null || form.afterKey().isBlank() ? null : form.afterKey();
        MemorandumText moved =
                base.move(Objects.requireNonNull(form.key()), Objects.requireNonNull(form.sectionKey()), afterKey);
        return saved(stored, base, moved, stored.nextKey());
    }

    /** Freezes the working text, which must still be at the revision the form names, as the next version. */
    public VersionSummary freeze(long id, VersionForm form) {
        gate.draftable(id);
        StoredMemorandum stored = locked(id);
        new Rules()
                .required(form.note(), "note")
                .required(form.version(), "version")
                .enforce();
        if (!Objects.equals(form.version(), stored.revision())) {
            throw new StaleEdit("The memorandum", memoranda.view(stored));
        }
        FrozenVersion frozen =
                store.freeze(stored, Objects.requireNonNull(form.note()).strip(), MemorandumGate.who(), now());
        events.publishEvent(new MemorandumVersionFrozen(
                new MemorandumId(id),
                new StudyGroupId(stored.studyGroupId()),
                frozen.number(),
                frozen.note(),
                frozen.frozenBy(),
                frozen.frozenAt()));
        return Memoranda.summary(frozen);
    }

    /** Deletes a memorandum nobody froze a version of; a version may have been read, and must stay readable. */
    public void delete(long id) {
        StoredMemorandum stored = gate.draftable(id);
        if (!store.versions(id).isEmpty()) {
            throw new RecordInUse("The memorandum has frozen versions, and versions are kept for good.");
        }
        store.delete(id);
        events.publishEvent(new MemorandumDeleted(
                new MemorandumId(id),
                new StudyGroupId(stored.studyGroupId()),
                stored.text().title(),
                MemorandumGate.who(),
                now()));
    }

    /**
     * Saves your text, made on {@code base}: as it is when base is the stored revision, else merged with what was
     * saved since. The memorandum's row is locked, so no other save lands between this one's reading and writing,
     * and saves of one memorandum at the same moment are merged one after the other instead of refusing each other.
     */
    private MemorandumView saved(StoredMemorandum stored, MemorandumText base, MemorandumText yours, int nextKey) {
        MemorandumText merged = base.equals(stored.text()) ? yours : merged(stored, base, yours);
        if (merged.equals(stored.text())) {
            return memoranda.view(stored);
        }
        if (!store.save(stored, merged, nextKey, MemorandumGate.who(), now())) {
            throw new IllegalStateException("Memorandum " + stored.id() + " changed while its row was locked");
        }
        return memoranda.view(store.find(stored.id()).orElseThrow());
    }

    private StoredMemorandum locked(long id) {
        return store.lock(id).orElseThrow(() -> new RecordNotFound("Memorandum", id));
    }

    private MemorandumText baseOf(StoredMemorandum stored, @Nullable Integer version) {
        new Rules().required(version, "version").enforce();
        int given = Objects.requireNonNull(version);
        if (given == stored.revision()) {
            return stored.text();
        }
        return store.atRevision(stored.id(), given)
                .orElseThrow(() -> InvalidRecord.of(
                        "version",
                        "exists",
                        "the memorandum has no revision " + given + "; it is at " + stored.revision()));
    }

    private MemorandumText merged(StoredMemorandum stored, MemorandumText base, MemorandumText yours) {
        Merge.Outcome outcome = Merge.of(base, stored.text(), yours);
        if (outcome.merged().isPresent()) {
            return outcome.merged().get();
        }
        Map<String, String> numbers = stored.text().numbers();
        Map<String, String> sectionNumbers = new LinkedHashMap<>();
        for (int s = 0; s < stored.text().sections().size(); s++) {
            sectionNumbers.put(stored.text().sections().get(s).key(), String.valueOf(s + 1));
        }
        List<MemorandumConflict.Part> parts = outcome.conflicts().stream()
                .map(c -> new MemorandumConflict.Part(
                        c.field(),
                        c.key(),
                        c.key() == null ? null : numbers.getOrDefault(c.key(), sectionNumbers.get(c.key())),
                        c.yours(),
                        c.theirs()))
                .toList();
        throw new MemorandumConflict(parts, memoranda.view(stored));
    }

    private EditedText.Known known(StoredMemorandum stored, MemorandumText base) {
        StudyGroupId group = new StudyGroupId(stored.studyGroupId());
        return new EditedText.Known(
                base, firstDrafts.proposalIds(group), i -> institutions.find(i).isPresent());
    }

    private static int nextKey(MemorandumText text) {
        int highest = text.sections().size();
        for (MemorandumText.DraftSection section : text.sections()) {
            highest = Math.max(highest, number(section.key()));
            for (DraftParagraph paragraph : section.paragraphs()) {
                highest = Math.max(highest, number(paragraph.key()));
            }
        }
        return highest + 1;
    }

    private static int number(String key) {
        String digits = key.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 9 ? 0 : Integer.parseInt(digits);
    }

    private static String titleOr(MemorandumForm form, StudyGroupView group) {
        return form.title() == null || form.title().isBlank()
                ? "Memorandum of the " + group.title()
                : form.title().strip();
    }

    private Instant now() {
        return clock.instant();
    }
}
