package plenary.circulation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.circulation.CirculationMail.Addressee;
import plenary.circulation.internal.StoredRecipient;
import plenary.directory.CommitteeId;
import plenary.directory.Directory;
import plenary.notify.MailRenderer;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.notify.RenderedMail;

/**
 * Tells an amendment's author what the co-chairs decided on it (kind {@value #DECIDED}, with a rejection's reason
 * or the co-chairs' own wording), and words that message when it is sent. The supporters of a wording that changed
 * are told by {@link #queueWordingChanged}, worded by {@link WordingChangedMail}.
 */
@Component
class DecisionMail implements MailRenderer {

    static final String DECIDED = "amendment-decided";
    static final String WORDING_CHANGED = "alternative-changed";

    private final Outbox outbox;
    private final CirculationMail circulationMail;
    private final Directory directory;

    DecisionMail(Outbox outbox, CirculationMail circulationMail, Directory directory) {
        this.outbox = outbox;
        this.circulationMail = circulationMail;
        this.directory = directory;
    }

    void queueDecided(
            long memorandumId,
            String title,
            CirculationView.Amendment amendment,
            StoredRecipient author,
            AmendmentDecision decision,
            @Nullable String text,
            Instant now) {
        Map<String, String> facts = new HashMap<>();
        facts.put("memorandumId", String.valueOf(memorandumId));
        facts.put("amendmentId", String.valueOf(amendment.id()));
        facts.put("title", title);
        facts.put("paragraphKey", amendment.paragraphKey());
        facts.put("decision", decision.name());
        if (text != null) {
            facts.put("text", text);
        }
        for (Addressee to : circulationMail.addressees(author)) {
            outbox.enqueue(new OutgoingMail(
                    DECIDED,
                    to.email(),
                    to.name(),
                    to.personId(),
                    facts,
                    now,
                    DECIDED + ":" + amendment.id() + ":" + decision + ":" + to.key()));
        }
    }

    /** Tells a committee's representatives that the wording it supported in a bracket changed. */
    void queueWordingChanged(long memorandumId, String title, String bracket, long committeeId, Instant now) {
        Map<String, String> facts = Map.of(
                "memorandumId",
                String.valueOf(memorandumId),
                "title",
                title,
                "bracket",
                bracket,
                "committeeId",
                String.valueOf(committeeId));
        directory.representatives(new CommitteeId(committeeId)).forEach(p -> {
            if (p.email() != null && !p.email().isBlank()) {
                outbox.enqueue(new OutgoingMail(
                        WORDING_CHANGED,
                        p.email(),
                        p.name(),
                        p.id().value(),
                        facts,
                        now,
                        WORDING_CHANGED + ":" + memorandumId + ":" + bracket + ":" + committeeId + ":" + p.id() + ":"
                                + now));
            }
        });
    }

    @Override
    public String kind() {
        return DECIDED;
    }

    @Override
    public Optional<RenderedMail> render(OutgoingMail mail) {
        Map<String, String> f = mail.facts();
        AmendmentDecision decision = AmendmentDecision.valueOf(f.getOrDefault("decision", "KEEP_OPEN"));
        String what = switch (decision) {
            case ACCEPT -> "accepted it: the working text now reads as you proposed.";
            case REJECT -> "rejected it, for this reason:\n\n" + f.getOrDefault("text", "");
            case MERGE -> "merged it into their own wording:\n\n" + f.getOrDefault("text", "");
            case KEEP_OPEN -> "kept it open: it stands in square brackets beside the other wordings.";
        };
        return Optional.of(new RenderedMail(
                "Your amendment to " + f.get("title") + ": "
                        + decision.name().toLowerCase().replace('_', ' '),
                "On your amendment to paragraph " + f.get("paragraphKey") + " of \"" + f.get("title")
                        + "\", the co-chairs " + what + "\n"));
    }
}
