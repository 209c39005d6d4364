package plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash chain finds an entry changed, removed or moved. */
class AuditChainTests {

    private final Instant at = Instant.parse("2026-12-01T09:00:00.123456Z");

    @Test
    void aChainAsAppendedHolds() {
        List<AuditEntry> entries = chain(3);
        assertThat(AuditChain.firstBroken(entries, entries.get(2).hash())).isEmpty();
        assertThat(AuditChain.firstBroken(List.of(), AuditChain.START)).isEmpty();
    }

    @Test
    void aChangedEntryBreaksTheChainThere() {
        List<AuditEntry> entries = chain(3);
        AuditEntry second = entries.get(1);
        entries.set(
                1,
                new AuditEntry(
                        second.id(),
                        second.at(),
                        "someone-else",
                        second.action(),
                        second.subject(),
                        second.detail(),
                        second.address(),
                        second.previousHash(),
                        second.hash()));
        assertThat(AuditChain.firstBroken(entries, entries.get(2).hash())).contains(2L);
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNext() {
        List<AuditEntry> entries = chain(3);
        String head = entries.get(2).hash();
        entries.remove(1);
        assertThat(AuditChain.firstBroken(entries, head)).contains(3L);
    }

    @Test
    void removedLastEntriesAreFoundByTheHeadOfTheChain() {
        List<AuditEntry> entries = chain(3);
        String head = entries.get(2).hash();
        entries.remove(2);
        assertThat(AuditChain.firstBroken(entries, head)).contains(3L);
        assertThat(AuditChain.firstBroken(List.of(), head)).contains(1L);
    }

    @Test
    void entriesAppendedAfterTheHeadWasReadDoNotBreakTheChain() {
        List<AuditEntry> entries = chain(3);
        assertThat(AuditChain.firstBroken(entries, entries.get(1).hash())).isEmpty();
    }

    @Test
    void aRehashedChangeStillBreaksTheChainAtTheNext() {
        List<AuditEntry> entries = chain(3);
        AuditEntry first = entries.get(0);
        String forged = AuditChain.hash(
                first.previousHash(),
                first.at(),
                "forger",
                first.action(),
                first.subject(),
                first.detail(),
                first.address());
        entries.set(
                0,
                new AuditEntry(
                        1,
                        first.at(),
                        "forger",
                        first.action(),
                        first.subject(),
                        first.detail(),
                        first.address(),
                        first.previousHash(),
                        forged));
        assertThat(AuditChain.firstBroken(entries, entries.get(2).hash())).contains(2L);
    }

    @Test
    void anEntryAboutAnEarlierActionAppendedAfterALaterOneHolds() {
        Instant later = at.plusSeconds(60);
        String first = AuditChain.hash(
                AuditChain.START,
                later,
                "cochair",
                "memorandum-version-frozen",
                "memorandum 1",
                "version 2: Second",
                null);
        String second = AuditChain.hash(
                first, at, "cochair", "memorandum-version-frozen", "memorandum 1", "version 1: First", null);
        List<AuditEntry> entries = List.of(
                new AuditEntry(
                        1,
                        later,
                        "cochair",
                        "memorandum-version-frozen",
                        "memorandum 1",
                        "version 2: Second",
                        null,
                        AuditChain.START,
                        first),
                new AuditEntry(
                        2,
                        at,
                        "cochair",
                        "memorandum-version-frozen",
                        "memorandum 1",
                        "version 1: First",
                        null,
                        first,
                        second));
        assertThat(AuditChain.firstBroken(entries, second)).isEmpty();
    }

    @Test
    void textMovedFromOneFieldToTheNextChangesTheHash() {
        assertThat(AuditChain.hash(AuditChain.START, at, "ab", "c", null, null, null))
                .isNotEqualTo(AuditChain.hash(AuditChain.START, at, "a", "bc", null, null, null));
    }

    private List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.START;
        for (long id = 1; id <= length; id++) {
            String hash = AuditChain.hash(previous, at, "admin", "sign-in", "account admin", "login form", "10.0.0.1");
            entries.add(new AuditEntry(
                    id, at, "admin", "sign-in", "account admin", "login form", "10.0.0.1", previous, hash));
            previous = hash;
        }
        return entries;
    }
}
