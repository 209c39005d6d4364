package plenary.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.OrganisationView;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;
import plenary.meetings.MeetingId;
import plenary.reports.ReportSentForReview;

/** Each participant with an address is invited to review by e-mail; a mail server that fails makes the sending fail. */
class ReviewInvitationsTests {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

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

    @Test
    void eachParticipantWithAnAddressGetsAnInvitationWithTheLinkAndTheDeadline() throws Exception {
        invitations(greenMail.getSmtp().getPort()).on(SENT);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(List.of(received[0].getAllRecipients()[0].toString(), received[1].getAllRecipients()[0].toString()))
                .containsExactlyInAnyOrder("oksana@example.org", "seo-yeon@example.org");
        assertThat(received[0].getSubject()).isEqualTo("For your review: Report of the Meeting");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body)
                .contains("Version 2")
                .contains("1 December 2026, 17:00 UTC")
                .contains("https://plenary.example.org/meetings/7/report");
    }

    @Test
    void aMailServerThatFailsMakesTheSendingFailSoThatItIsTriedAgain() {
        int nothingListens = greenMail.getSmtp().getPort();
        greenMail.stop();
        assertThatThrownBy(() -> invitations(nothingListens).on(SENT)).isInstanceOf(MailException.class);
    }

    @Test
    void withoutAMailServerConfiguredNothingIsSentAndNothingFails() {
        new ReviewInvitations(
                        PEOPLE,
                        new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                        "plenary@example.org",
                        "https://plenary.example.org")
                .on(SENT);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    private static ReviewInvitations invitations(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        return new ReviewInvitations(
                PEOPLE,
                new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class),
                "plenary@example.org",
                "https://plenary.example.org/");
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
