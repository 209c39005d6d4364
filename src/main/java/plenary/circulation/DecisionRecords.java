package plenary.circulation;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.internal.CirculationTables;
import plenary.circulation.internal.StoredCirculation;
import plenary.circulation.internal.StoredSupport;
import plenary.circulation.internal.SupportTables;
import plenary.directory.CurrentAccount;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumEdit;
import plenary.drafting.MemorandumId;
import plenary.drafting.MemorandumRecords;
import plenary.drafting.MemorandumText;
import plenary.kernel.InvalidRecord;
import plenary.kernel.RecordNotFound;

/**
 * The co-chairs' decisions on amendments. Accepting one applies it to the working text (a replacement rewrites the
 * paragraph, an insertion adds a new paragraph after it, a deletion deletes it), merging applies the co-chairs' own
 * wording so, rejecting gives a reason, keeping it open puts it in square brackets. Each amendment is decided once;
 * one kept open may later be decided for good. Its author is told; the supporters of a paragraph's wording that
 * changed are told, and their support stays with the words they saw until they confirm the new ones.
 */
@Service
@Transactional
public class DecisionRecords {

    private final CirculationGate gate;
    private final CirculationTables tables;
    private final SupportTables supports;
    private final Memoranda memoranda;
    private final MemorandumRecords drafting;
    private final DecisionMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    DecisionRecords(
            CirculationGate gate,
            CirculationTables tables,
            SupportTables supports,
            Memoranda memoranda,
            MemorandumRecords drafting,
            DecisionMail mail,
            ApplicationEventPublisher events) {
        this.gate = gate;
        this.tables = tables;
        this.supports = supports;
        this.memoranda = memoranda;
        this.drafting = drafting;
        this.mail = mail;
        this.events = events;
    }

    public Amendment decide(long memorandumId, long amendmentId, AmendmentDecisionForm form) {
        gate.requireDrafter(memorandumId);
        StoredCirculation circulation = circulationOf(memorandumId, amendmentId);
        Amendment amendment = tables.amendment(amendmentId).orElseThrow();
        AmendmentDecision decision = form.decision();
        if (decision == null) {
            throw InvalidRecord.of("decision", "required", "accept, reject, merge or keep the amendment open");
        }
        boolean keptOpen = AmendmentDecision.KEEP_OPEN.name().equals(amendment.decision());
        if (amendment.decision() != null && !(keptOpen && decision != AmendmentDecision.KEEP_OPEN)) {
            throw once(amendment);
        }
        String text = switch (decision) {
            case REJECT -> reason(form.reason());
            case MERGE -> required(form.text(), "text", "a merge needs the co-chairs' own wording");
            case ACCEPT -> amendment.text();
            case KEEP_OPEN -> null;
        };
        String title = memoranda.find(memorandumId).title();
        Instant now = clock.instant();
        if (decision == AmendmentDecision.ACCEPT || decision == AmendmentDecision.MERGE) {
            apply(memorandumId, amendment, text);
            tellSupporters(memorandumId, title, amendment, text, now);
        }
        String by = CurrentAccount.get().map(a -> a.getUsername()).orElse("plenary");
        if (!tables.decide(amendmentId, decision.name(), decision == AmendmentDecision.ACCEPT ? null : text, by, now)) {
            throw once(amendment);
        }
        tables.recipient(amendment.recipientId())
                .ifPresent(author -> mail.queueDecided(memorandumId, title, amendment, author, decision, text, now));
        events.publishEvent(new AmendmentDecided(
                circulation.id(),
                new MemorandumId(memorandumId),
                amendmentId,
                decision,
                amendment.paragraphKey(),
                by,
                now));
        return tables.amendment(amendmentId).orElseThrow();
    }

    /** The circulation of this memorandum the amendment was made on. */
    StoredCirculation circulationOf(long memorandumId, long amendmentId) {
        long circulationId =
                tables.circulationOf(amendmentId).orElseThrow(() -> new RecordNotFound("Amendment", amendmentId));
        try {
            return gate.readable(memorandumId, circulationId);
        } catch (RecordNotFound notHere) {
            throw new RecordNotFound("Amendment", amendmentId);
        }
    }

    /** The bracket an amendment kept open stands in: its paragraph's, or for an insertion one of its own. */
    static String bracketOf(Amendment amendment) {
        return amendment.kind() == AmendmentKind.INSERT_AFTER ? "insert_" + amendment.id() : amendment.paragraphKey();
    }

    private void apply(long memorandumId, Amendment amendment, @Nullable String wording) {
        int revision = memoranda.find(memorandumId).version();
        MemorandumText text = drafting.textAt(memorandumId, revision);
        String key = amendment.paragraphKey();
        if (text.paragraph(key).isEmpty()) {
            throw InvalidRecord.of(
                    "paragraphKey",
                    "exists",
                    "paragraph " + key + " is no longer in the working text, so the amendment cannot be applied:"
                            + " reject it or keep it open");
        }
        MemorandumText changed = switch (amendment.kind()) {
            case REPLACE -> text.rewrite(key, Objects.requireNonNull(wording));
            case DELETE -> wording == null ? text.delete(key) : text.rewrite(key, wording);
            case INSERT_AFTER -> text.insert(sectionOf(text, key), key, "", Objects.requireNonNull(wording));
        };
        drafting.edit(memorandumId, MemorandumEdit.of(changed, revision));
    }

    /**
     * Whoever supported other words than those now standing in the amendment's bracket is told; support for the
     * amendment's own wording, once a replacement is applied, becomes support for the paragraph's (the words seen
     * kept, so a merge's new wording is not theirs until they confirm it).
     */
    private void tellSupporters(
            long memorandumId, String title, Amendment amendment, @Nullable String wording, Instant now) {
        String bracket = bracketOf(amendment);
        for (StoredSupport support : supports.ofMemorandum(memorandumId)) {
            boolean inBracket = support.bracket().equals(bracket)
                    && (support.amendmentId() == null || support.amendmentId() == amendment.id());
            if (inBracket && !support.wording().equals(wording)) {
                mail.queueWordingChanged(memorandumId, title, bracket, support.committeeId(), now);
            }
        }
        if (amendment.kind() != AmendmentKind.INSERT_AFTER) {
            supports.moveToParagraph(amendment.id());
        }
    }

    private static String sectionOf(MemorandumText text, String key) {
        return text.sections().stream()
                .filter(s -> s.paragraphs().stream().anyMatch(p -> p.key().equals(key)))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static InvalidRecord once(Amendment amendment) {
        return InvalidRecord.of(
                "decision",
                "once",
                "amendment " + amendment.id() + " was decided already ("
                        + String.valueOf(amendment.decision()).toLowerCase().replace('_', ' ') + ")");
    }

    private static String reason(@Nullable String reason) {
        String given = required(reason, "reason", "a rejection gives its author a reason");
        if (given.length() > AmendmentDecisionForm.REASON_LENGTH) {
            throw InvalidRecord.of(
                    "reason", "max-length", "must be at most " + AmendmentDecisionForm.REASON_LENGTH + " characters");
        }
        return given;
    }

    static String required(@Nullable String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw InvalidRecord.of(field, "required", message);
        }
        return value.strip();
    }
}
