package plenary.endorsement;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CurrentAccount;
import plenary.documents.Document;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;
import plenary.endorsement.EndorsementView.CommitteeAnswer;
import plenary.endorsement.internal.EndorsementTables;
import plenary.endorsement.internal.Publication;
import plenary.endorsement.internal.Round;
import plenary.kernel.RecordNotFound;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;

/**
 * The published memoranda, for anyone (no sign-in): the organisation's series, each as a document to typeset, and
 * those of a study group for its dossier. A published memorandum is composed from what never changes once it is
 * published: the endorsed version, the committees' answers, its number and date.
 */
@Service
@Transactional(readOnly = true)
public class PublishedMemoranda {

    private final EndorsementTables tables;
    private final Memoranda memoranda;
    private final EndorsementGate gate;
    private final Endorsements endorsements;

    PublishedMemoranda(EndorsementTables tables, Memoranda memoranda, EndorsementGate gate, Endorsements endorsements) {
        this.tables = tables;
        this.memoranda = memoranda;
        this.gate = gate;
        this.endorsements = endorsements;
    }

    /** The series, newest first. */
    public List<PublishedMemorandumView> all() {
        return CurrentAccount.asSystem(() -> tables.publications().stream()
                .map(p -> {
                    MemorandumView memorandum = memoranda.find(p.memorandumId());
                    return new PublishedMemorandumView(
                            p.number(),
                            memorandum.id(),
                            memorandum.title(),
                            memorandum.studyGroupId(),
                            memorandum.studyGroupTitle(),
                            p.publishedOn());
                })
                .toList());
    }

    /** The published memorandum as a document; not found when it is not published. */
    public Document document(long memorandumId) {
        Publication publication = tables.publication(memorandumId)
                .orElseThrow(() -> new RecordNotFound("Published memorandum", memorandumId));
        return CurrentAccount.asSystem(() -> compose(publication));
    }

    /** The study group's published memoranda in the order of the series, for its dossier. */
    public List<Document> ofStudyGroup(StudyGroupId group) {
        return CurrentAccount.asSystem(() ->
                tables.publicationsOf(group.value()).stream().map(this::compose).toList());
    }

    private Document compose(Publication publication) {
        MemorandumView memorandum = memoranda.find(publication.memorandumId());
        StudyGroupView group = gate.group(memorandum);
        Round round = tables.latest(publication.memorandumId(), false).orElseThrow();
        List<CommitteeAnswer> rows =
                endorsements.view(memorandum, group, Optional.of(round)).committees();
        return PublicationComposer.compose(
                publication.memorandumId(),
                memoranda.versionText(publication.memorandumId(), round.versionNumber()),
                group.title(),
                publication.number(),
                publication.publishedOn(),
                rows.stream()
                        .map(r -> new PublicationComposer.Printed(
                                r.committee(), r.answer(), r.reservation(), r.paragraphKey()))
                        .toList());
    }
}
