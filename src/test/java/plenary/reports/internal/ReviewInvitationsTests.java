package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.OrganisationView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.meetings.MeetingId;
import plenary.notify.Outbox;
import plenary.notify.OutgoingMail;
import plenary.notify.QueuedMail;
import plenary.notify.RenderedMail;
import plenary.reports.ReportSentForReview;

/**
 * Each participant with an address is queued an invitation to review in the outbox, once per review, and the
 * invitation is worded when it is sent with the link and the deadline.
 */
class ReviewInvitationsTests {

    private static final ReportSentForReview SENT = new ReportSentForReview(
            new MeetingId(7),
            3,
            2,
            "Report of the Meeting",
            Instant.parse("2026-12-01T17:00:00Z"),
            List.of(new PersonId(1), new PersonId(2), new PersonId(3)));
    private static final Directory PEOPLE = new People(List.of(
            new PersonView(
                    new PersonId(1),
                    "Oksana Vetrogradova",
                    Nationality.RU,
                    null,
                    null,
                    Pronoun.SHE,
                    "oksana@example.org",
                    0),
            new PersonView(
                    new PersonId(2),
                    "Kim Seo-yeon",
                    Nationality.KR,
                    null,
                    null,
                    Pronoun.SHE,
                    "seo-yeon@example.org",
                    0),
            new PersonView(new PersonId(3), "Ludmila Okonkwo", Nationality.GB, null, null, Pronoun.SHE, null, 0)));

    private final Queued outbox = new Queued();

    @Test
    void eachParticipantWithAnAddressIsQueuedAnInvitationOncePerReview() {
        new ReviewInvitations(PEOPLE, outbox).on(SENT);
        assertThat(outbox.queued)
                .extracting(OutgoingMail::recipientEmail)
                .containsExactlyInAnyOrder("oksana@example.org", "seo-yeon@example.org");
        assertThat(outbox.queued)
                .extracting(OutgoingMail::deduplicationKey)
                .containsExactlyInAnyOrder("report-review:3:1", "report-review:3:2");
        OutgoingMail oksana = outbox.queued.stream()
                .filter(m -> m.personId() != null && m.personId() == 1L)
                .findFirst()
                .orElseThrow();
        assertThat(oksana.kind()).isEqualTo("report-review");
        assertThat(oksana.recipientName()).isEqualTo("Oksana Vetrogradova");
        assertThat(oksana.facts())
                .containsEntry("meetingId", "7")
                .containsEntry("version", "2")
                .containsEntry("title", "Report of the Meeting")
                .containsEntry("deadline", "2026-12-01T17:00:00Z");
    }

    @Test
    void theInvitationIsWordedWithTheLinkAndTheDeadlineWhenItIsSent() {
        new ReviewInvitations(PEOPLE, outbox).on(SENT);
        OutgoingMail kim = outbox.queued.stream()
                .filter(m -> m.recipientEmail().equals("seo-yeon@example.org"))
                .findFirst()
                .orElseThrow();
        RenderedMail mail = new ReviewInvitationWording("https://plenary.example.org/")
                .render(kim)
                .orElseThrow();
        assertThat(mail.subject()).isEqualTo("For your review: Report of the Meeting");
        assertThat(mail.body())
                .isEqualTo("Dear Kim Seo-yeon,\n\n"
                        + "Version 2 of the report \"Report of the Meeting\" is open for your review until 1 December 2026, 17:00 UTC.\n\n"
                        + "Read it, and suggest a correction of any paragraph, at:\n"
                        + "https://plenary.example.org/meetings/7/report\n\n"
                        + "Suggestions made after the deadline cannot be taken into account.\n");
    }

    /** An outbox that keeps what was queued. */
    private static final class Queued implements Outbox {

        final List<OutgoingMail> queued = new ArrayList<>();

        @Override
        public void enqueue(OutgoingMail mail) {
            queued.add(mail);
        }

        @Override
        public List<QueuedMail> forPerson(long personId) {
            return List.of();
        }
    }

    /** A directory of a few people. */
    private record People(List<PersonView> all) implements Directory {

        @Override
        public List<PersonView> representatives(CommitteeId committee) {
            return List.of();
        }

        @Override
        public Optional<OrganisationView> organisation() {
            return Optional.of(new OrganisationView(1, "Council", "C", 0));
        }

        @Override
        public List<CommitteeView> committees() {
            return List.of();
        }

        @Override
        public Optional<CommitteeView> committee(CommitteeId id) {
            return Optional.empty();
        }

        @Override
        public List<PersonView> people() {
            return all;
        }

        @Override
        public Optional<PersonView> person(PersonId id) {
            return all.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Map<PersonId, PersonView> people(Collection<PersonId> ids) {
            return all.stream()
                    .filter(p -> ids.contains(p.id()))
                    .collect(Collectors.toMap(PersonView::id, Function.identity()));
        }
    }
}
