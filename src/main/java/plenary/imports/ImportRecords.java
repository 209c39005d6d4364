package plenary.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import plenary.directory.CurrentAccount;
import plenary.imports.internal.DraftStore;
import plenary.imports.internal.DraftStore.StoredDraft;
import plenary.imports.internal.MeetingFromDraft;
import plenary.imports.internal.Register;
import plenary.imports.internal.ReportReading;
import plenary.imports.internal.ReportText;
import plenary.institutions.Institutions;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecords;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;
import tools.jackson.databind.json.JsonMapper;

/**
 * The commands of the import: read an uploaded report into a draft kept for the one who uploaded it, show it to
 * them, and store it, on their confirmation, as a meeting of a study group. Only those who may create meetings
 * (in some study group, and in the chosen one to confirm) import; nothing but the draft is stored before the
 * confirmation.
 */
@Component
public class ImportRecords {

    private final DraftStore drafts;
    private final MeetingFromDraft meetingFromDraft;
    private final Institutions institutions;
    private final StudyGroups studyGroups;
    private final MeetingRecords meetings;
    private final JsonMapper json;
    private final DataSize maxSize;
    private final Duration keptFor;

    ImportRecords(
            DraftStore drafts,
            MeetingFromDraft meetingFromDraft,
            Institutions institutions,
            StudyGroups studyGroups,
            MeetingRecords meetings,
            JsonMapper json,
            @Value("${plenary.imports.max-size:20MB}") DataSize maxSize,
            @Value("${plenary.imports.kept-for:P7D}") Duration keptFor) {
        this.drafts = drafts;
        this.meetingFromDraft = meetingFromDraft;
        this.institutions = institutions;
        this.studyGroups = studyGroups;
        this.meetings = meetings;
        this.json = json;
        this.maxSize = maxSize;
        this.keptFor = keptFor;
    }

    /** Reads the document into a draft: refused, by rule, when empty, too large, or no report in text, DOCX or PDF. */
    @Transactional
    public ImportDraft draft(long declaredLength, InputStream document) throws IOException {
        String owner = requireImporter();
        long max = maxSize.toBytes();
        if (declaredLength > max) {
            throw tooLarge();
        }
        byte[] bytes = document.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > max) {
            throw tooLarge();
        }
        String source = ReportText.of(bytes);
        ImportedRecord record = new ReportReading(new Register(institutions.all())).read(source);
        Instant now = Instant.now();
        Instant expires = now.plus(keptFor);
        drafts.forgetExpired(now);
        long id = drafts.save(owner, source, json.writeValueAsString(record), now, expires);
        return new ImportDraft(id, source, record, expires, null);
    }

    /** The draft, for its owner. */
    @Transactional(readOnly = true)
    public ImportDraft get(long id) {
        requireImporter();
        return view(owned(id));
    }

    /** Stores the draft as a meeting of the study group, for its owner, once. */
    @Transactional
    public MeetingId confirm(long id, ConfirmForm form) {
        return confirm(
                id, form.studyGroupId(), record -> form.corrections(record).applyTo(record));
    }

    /** Stores the draft, with the corrections the review page sends, as a meeting of the study group. */
    @Transactional
    public MeetingId confirm(long id, ImportPageForm form) {
        return confirm(id, form.studyGroupId(), form::applyTo);
    }

    /** Whether the one signed in may import reports: whether they may create meetings in some study group. */
    @Transactional(readOnly = true)
    public boolean mayImport() {
        return CurrentAccount.get().isPresent() && !groupsToConfirmIn().isEmpty();
    }

    @Transactional(readOnly = true)
    public boolean mayConfirmIn(long studyGroupId) {
        return meetings.mayCreate(new StudyGroupId(studyGroupId));
    }

    /** The study groups the one signed in may create meetings in, by title. */
    @Transactional(readOnly = true)
    public List<StudyGroupView> groupsToConfirmIn() {
        return studyGroups.all().stream().filter(meetings::mayCreate).toList();
    }

    private MeetingId confirm(long id, @Nullable Long group, UnaryOperator<ImportedRecord> corrections) {
        if (group == null) {
            throw InvalidRecord.of("studyGroupId", "required", "must be given: the study group the meeting belongs to");
        }
        if (!meetings.mayCreate(new StudyGroupId(group))) {
            throw new AccessDeniedException("Only those who may create the study group's meetings confirm an import.");
        }
        StoredDraft draft = owned(id);
        if (draft.meetingId() != null) {
            throw InvalidRecord.of("id", "not-confirmed", "was confirmed already, as meeting " + draft.meetingId());
        }
        MeetingId meeting = meetingFromDraft.store(
                group, draft.source(), corrections.apply(view(draft).record()));
        if (!drafts.confirmed(id, meeting.value())) {
            throw InvalidRecord.of("id", "not-confirmed", "was confirmed already");
        }
        return meeting;
    }

    private StoredDraft owned(long id) {
        StoredDraft draft = drafts.find(id, Instant.now()).orElseThrow(() -> new RecordNotFound("Import draft", id));
        if (!draft.owner().equals(owner())) {
            throw new AccessDeniedException("Only the one who uploaded a report reviews and confirms its draft.");
        }
        return draft;
    }

    private ImportDraft view(StoredDraft draft) {
        return new ImportDraft(
                draft.id(),
                draft.source(),
                json.readValue(draft.record(), ImportedRecord.class),
                draft.expiresAt(),
                draft.meetingId());
    }

    private String requireImporter() {
        String owner = owner();
        if (groupsToConfirmIn().isEmpty()) {
            throw new AccessDeniedException("Only those who may create meetings import reports.");
        }
        return owner;
    }

    private static String owner() {
        return CurrentAccount.get()
                .map(a -> a.getUsername())
                .orElseThrow(() -> new AccessDeniedException("Importing a report needs an account."));
    }

    private InvalidRecord tooLarge() {
        return InvalidRecord.of(
                "file", "max-size", "is larger than the " + maxSize.toMegabytes() + " MB an import takes");
    }
}
