package plenary.drafting;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plenary.institutions.InstitutionId;
import plenary.studygroups.StudyGroupId;

/**
 * A memorandum's working text as editors and readers see it: each section and paragraph with its key and its
 * number, what each paragraph cites, where each proposal cited stands in the record (its supporters and opponents,
 * by proposal id: for the editor, beside the text and never in it), the versions frozen so far, who saved last and
 * when, and the {@code version} (revision) an edit must name.
 */
public record MemorandumView(
        MemorandumId id,
        StudyGroupId studyGroupId,
        String studyGroupTitle,
        String title,
        String preamble,
        List<Section> sections,
        List<VersionSummary> versions,
        Map<Long, ProposalStanding> standings,
        String savedBy,
        Instant savedAt,
        int version) {

    /** A section: its key, number ("3"), heading and paragraphs. */
    public record Section(String key, String number, String heading, List<Paragraph> paragraphs) {}

    /** A paragraph: its key (its identity for good), number ("3.2"), words and citations. */
    public record Paragraph(
            String key, String number, String text, List<Long> proposalIds, List<InstitutionId> institutionIds) {}

    /** The last version frozen, or none. */
    public Optional<VersionSummary> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
