package plenary.calendars;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.calendars.internal.Feed;
import plenary.calendars.internal.LinkStore;
import plenary.calendars.internal.LinkStore.StoredLink;
import plenary.calendars.internal.WorkFeed;
import plenary.directory.Accounts;
import plenary.directory.CurrentAccount;
import plenary.directory.PlenaryAccount;
import plenary.kernel.Secret;
import plenary.studygroups.StudyGroupId;

/**
 * The feed behind a private link, for a request no one signed in: the link's account must still be enabled, and
 * the feed holds what its person may read at this moment. The link's last use is written at most once a minute.
 */
@Component
@Transactional
class PrivateFeeds {

    private static final Duration USE_RECORDED = Duration.ofMinutes(1);

    private final LinkStore links;
    private final Accounts accounts;
    private final WorkFeed work;

    PrivateFeeds(LinkStore links, Accounts accounts, WorkFeed work) {
        this.links = links;
        this.accounts = accounts;
        this.work = work;
    }

    /** The feed of this secret, or empty for an unknown or revoked link, or one whose account may not sign in. */
    Optional<Feed> of(String secret) {
        if (!Secret.wellFormed(secret, "")) {
            return Optional.empty();
        }
        Optional<StoredLink> found = links.active(Secret.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredLink link = found.get();
        Optional<PlenaryAccount> account = accounts.enabled(link.accountId());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant since = now.minus(USE_RECORDED);
        if (link.lastUsedAt() == null || link.lastUsedAt().isBefore(since)) {
            links.used(link.id(), now, since);
        }
        @Nullable StudyGroupId only = link.studyGroupId() == null ? null : new StudyGroupId(link.studyGroupId());
        return Optional.of(CurrentAccount.as(account.get(), () -> work.of(account.get(), only)));
    }
}
