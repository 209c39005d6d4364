package plenary.circulation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.drafting.MemorandumId;

/** A circulation as it stands: what was sent to whom until when, who answered, and the comments and amendments. */
public record CirculationView(
        long id,
        MemorandumId memorandumId,
        int version,
        Instant deadline,
        String note,
        String circulatedBy,
        Instant circulatedAt,
        boolean closed,
        List<Recipient> recipients,
        List<Comment> comments,
        List<Amendment> amendments) {

    public CirculationView {
        recipients = List.copyOf(recipients);
        comments = List.copyOf(comments);
        amendments = List.copyOf(amendments);
    }

    /**
     * A recipient and where they stand: answered (a comment or an amendment), late (something of theirs came after
     * the deadline), reminded (a reminder to them went out), and for an outside recipient whether the link was
     * revoked.
     */
    public record Recipient(
            long id,
            RecipientKind kind,
            String name,
            @Nullable Long committeeId,
            @Nullable Long personId,
            boolean answered,
            boolean late,
            boolean reminded,
            boolean linkRevoked) {}

    /** A comment on a paragraph, or a reply to another comment ({@code replyTo}). */
    public record Comment(
            long id,
            String paragraphKey,
            @Nullable Long replyTo,
            String text,
            String author,
            @Nullable Long recipientId,
            boolean late,
            Instant madeAt) {}

    /** An amendment, attached for good to the version it was made on, and the co-chairs' decision on it if any. */
    public record Amendment(
            long id,
            AmendmentKind kind,
            String paragraphKey,
            @Nullable String text,
            String rationale,
            String author,
            long recipientId,
            boolean late,
            Instant proposedAt,
            @Nullable String decision,
            @Nullable String decisionText,
            @Nullable String decidedBy) {}
}
