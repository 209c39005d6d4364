package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.meetings.MeetingId;
import plenary.notify.Outbox;
import plenary.reports.ReportSentForReview;

/**
 * A review sent before the outbox existed left its invitations to a listener of the event registry that is gone;
 * at start they are queued in the outbox after all, once, and the registry no longer holds them as waiting.
 */
@PlenaryIntegrationTest
class EarlierReviewInvitationsTests {

    @Autowired
    EarlierReviewInvitations earlier;

    @Autowired
    EventSerializer serializer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonRecords people;

    @Autowired
    Outbox outbox;

    @Autowired
    IncompleteEventPublications registry;

    @Test
    void aReviewWaitingForTheFormerListenerHasItsInvitationsQueuedOnceAndIsCompleted() {
        PersonView reviewer = CurrentAccount.asSystem(() -> people.create(new PersonForm(
                "Valentina Sorokoumova",
                Nationality.RU,
                "Baikal Institute of Regional Studies",
                null,
                Pronoun.SHE,
                "v.sorokoumova@example.org",
                null)));
        ReportSentForReview sent = new ReportSentForReview(
                new MeetingId(424242),
                989898,
                2,
                "Report of the Meeting in Irkutsk",
                Instant.parse("2026-12-20T17:00:00Z"),
                List.of(reviewer.id()));
        UUID waiting = publication(EarlierReviewInvitations.LISTENER, sent);
        UUID otherListener = publication("plenary.somewhere.Else.on(plenary.reports.ReportSentForReview)", sent);

        // What a restart does without it: the registry finds no listener of that id, and the invitations wait.
        registry.resubmitIncompletePublications(
                publication -> publication.getIdentifier().equals(waiting));
        assertThat(outbox.forPerson(reviewer.id().value())).isEmpty();
        assertThat(completed(waiting)).isFalse();

        earlier.run(null);
        earlier.run(null);

        assertThat(outbox.forPerson(reviewer.id().value())).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo("report-review");
            assertThat(mail.recipientEmail()).isEqualTo("v.sorokoumova@example.org");
            assertThat(mail.facts())
                    .containsEntry("meetingId", "424242")
                    .containsEntry("version", "2")
                    .containsEntry("title", "Report of the Meeting in Irkutsk")
                    .containsEntry("deadline", "2026-12-20T17:00:00Z");
        });
        assertThat(completed(waiting)).isTrue();
        assertThat(completed(otherListener)).isFalse();
        jdbc.sql("DELETE FROM event_publication WHERE id = :id")
                .param("id", otherListener)
                .update();
    }

    /** A publication as the event registry keeps one still waiting for its listener. */
    private UUID publication(String listener, ReportSentForReview event) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO event_publication
                            (id, listener_id, event_type, serialized_event, publication_date, status)
                        VALUES (:id, :listener, :type, :event, :published, 'PUBLISHED')""")
                .param("id", id)
                .param("listener", listener)
                .param("type", ReportSentForReview.class.getName())
                .param("event", serializer.serialize(event).toString())
                .param("published", Timestamp.from(Instant.parse("2026-11-30T09:00:00Z")))
                .update();
        return id;
    }

    private boolean completed(UUID id) {
        return jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
