package plenary.circulation;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.PersonalLinks;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CurrentAccount;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumView;
import plenary.kernel.RecordNotFound;

/**
 * What an outside recipient does through their personal link, without an account: read the circulated version and
 * comment or amend it, attributed to them. An unknown link finds nothing; a revoked or expired one is refused.
 */
@Service
@Transactional
class PersonalLinkAccess {

    private final CirculationTables tables;
    private final Contributions contributions;
    private final Memoranda memoranda;
    private final Clock clock = Clock.systemUTC();

    PersonalLinkAccess(CirculationTables tables, Contributions contributions, Memoranda memoranda) {
        this.tables = tables;
        this.contributions = contributions;
        this.memoranda = memoranda;
    }

    /** What the link's page shows: the recipient, the circulation, the memorandum's title and the version's text. */
    record Opened(StoredRecipient recipient, StoredCirculation circulation, String title, MemorandumText text) {}

    @Transactional(readOnly = true)
    Opened open(String token) {
        StoredRecipient recipient = recipient(token);
        StoredCirculation circulation = tables.find(recipient.circulationId()).orElseThrow();
        if (clock.instant().isAfter(PersonalLinks.expiry(circulation.deadline()))) {
            throw new LinkRefused(PersonalLinks.expiry(circulation.deadline()));
        }
        MemorandumView memorandum = CurrentAccount.asSystem(() -> memoranda.find(circulation.memorandumId()));
        return new Opened(
                recipient,
                circulation,
                memorandum.title(),
                CurrentAccount.asSystem(
                        () -> memoranda.versionText(circulation.memorandumId(), circulation.versionNumber())));
    }

    /** The link's page: what the recipient reads and what they have sent so far. */
    @Transactional(readOnly = true)
    LinkPageView page(String token) {
        Opened o = open(token);
        long rid = o.recipient().id();
        return new LinkPageView(
                o.recipient().name(),
                o.title(),
                o.circulation().versionNumber(),
                o.circulation().deadline(),
                o.circulation().note(),
                o.circulation().lateAt(clock.instant()),
                o.text(),
                tables.comments(o.circulation().id()).stream()
                        .filter(c -> c.recipientId() != null && c.recipientId() == rid)
                        .toList(),
                tables.amendments(o.circulation().id()).stream()
                        .filter(a -> a.recipientId() == rid)
                        .toList());
    }

    Comment comment(String token, CommentForm form) {
        Opened opened = open(token);
        return contributions.comment(
                opened.circulation(),
                new Contributions.Author(opened.recipient(), opened.recipient().name()),
                form);
    }

    Amendment amend(String token, AmendmentForm form) {
        Opened opened = open(token);
        return contributions.amend(
                opened.circulation(),
                new Contributions.Author(opened.recipient(), opened.recipient().name()),
                form);
    }

    private StoredRecipient recipient(String token) {
        StoredRecipient recipient = tables.recipientByLink(PersonalLinks.hash(token))
                .orElseThrow(() -> new RecordNotFound("Personal link", 0));
        if (recipient.linkRevokedAt() != null) {
            throw new LinkRefused(null);
        }
        return recipient;
    }

    /**
     * A personal link that was revoked or has expired: refused, and nothing changes. The page says why in its
     * reader's words, with the moment the link expired in the reader's zone.
     */
    static final class LinkRefused extends RuntimeException {

        private final @Nullable Instant expired;

        /** Refused because it expired at {@code expired}; revoked by the co-chairs when that is null. */
        LinkRefused(@Nullable Instant expired) {
            super(
                    expired == null
                            ? "This personal link was revoked by the co-chairs; it opens nothing any more."
                            : "This personal link expired with its circulation, on " + expired + ".");
            this.expired = expired;
        }

        /** When the link expired, or null when the co-chairs revoked it. */
        @Nullable Instant expired() {
            return expired;
        }
    }
}
