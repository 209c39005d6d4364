package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import plenary.TestAccounts;
import plenary.directory.AccountForm;
import plenary.directory.AccountRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonForm;
import plenary.directory.PersonRecords;
import plenary.directory.Pronoun;
import plenary.directory.Role;

/**
 * The whole road of a memorandum, in a browser, on a real server whose outbox sends its mail to a mail server in the
 * test: the secretariat lets a quorum of two committees decide for the demo's study group; a co-chair starts a
 * memorandum from the record, freezes version 1 and circulates it to the member committees and an outside expert;
 * the representatives of CSCAP-Russia and CSCAP-Korea follow the link in their invitation, comment and propose
 * amendments; the expert comments through the personal link in hers, without an account; the co-chair accepts one
 * amendment and keeps the other open, which CSCAP-Korea supports, and the compilation shows the bracket with its
 * supporter; the co-chair freezes the final version and asks for endorsement; CSCAP-Russia endorses with a
 * reservation, CSCAP-Korea without; the memorandum goes to the Steering Committee, which approves it; the secretariat
 * publishes it; and a visitor reads it and downloads its PDF, the reservation printed in it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("browser")
class RoadStoryTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";
    private static final String STORY_PASSWORD = "story-password-kr";
    private static final String GROUP = "CSCAP Study Group on Multilateral Security Governance in Northeast Asia";
    private static final String TITLE = "Memorandum of the " + GROUP;
    /** How pages write a day beside a time, in British English: "16 Dec 2026". */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** How pages write a day alone, in British English: "16 December 2026". */
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

    private static final String EXPERT = "Ingrid Halvorsen";
    private static final String EXPERT_EMAIL = "ingrid.halvorsen@example.net";
    private static final String RUSSIA_EMAIL = "yelena.zarechnaya@example.org";
    private static final String KOREA_EMAIL = "story-kr@example.org";

    private static final String SECOND =
            "The Study Group recommends that the member committees keep a working group on the region's institutions.";
    private static final String ACCEPTED =
            "The Study Group recommends a standing regional forum on energy security, open to every member committee.";
    private static final String BRACKETED = "The Study Group recommends a trilateral secretariat for Northeast Asia.";
    private static final String RESERVATION = "CSCAP-Russia would have the forum meet first in Vladivostok.";

    private static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", "smtp"));

    @LocalServerPort
    int port;

    @Autowired
    Directory directory;

    @Autowired
    PersonRecords people;

    @Autowired
    AccountRecords accounts;

    private final HttpClient http = HttpClient.newHttpClient();
    private long memorandum;
    private String first;
    private String firstNumber;
    private String second;
    private String secondNumber;

    @DynamicPropertySource
    static void mailGoesOutToTheTestsServer(DynamicPropertyRegistry registry) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("plenary.mail.outbox.interval", () -> "1s");
    }

    @AfterAll
    static void stopTheMailServer() {
        SMTP.stop();
    }

    /** The demo has one representative (of CSCAP-Russia); the story's second speaks for CSCAP-Korea. */
    @BeforeEach
    void aRepresentativeOfCscapKorea() {
        long korea = directory.committees().stream()
                .filter(c -> c.shortName().equals("CSCAP-Korea"))
                .map(CommitteeView::id)
                .findFirst()
                .orElseThrow()
                .value();
        CurrentAccount.asSystem(() -> {
            long person = people.create(new PersonForm(
                            "Seo-yeon Gilmore",
                            Nationality.KR,
                            "Hanbit Institute for Regional Affairs",
                            korea,
                            Pronoun.SHE,
                            KOREA_EMAIL,
                            null))
                    .id()
                    .value();
            return accounts.create(new AccountForm(
                    "story-kr", STORY_PASSWORD, person, Set.of(Role.COMMITTEE_REPRESENTATIVE), true, null));
        });
    }

    @Test
    void aMemorandumIsCirculatedAmendedEndorsedApprovedPublishedAndDownloaded() throws Exception {
        try (Browser browser = Browser.open(port)) {
            theGroupDecidesByAQuorumOfTwo(browser);
            String circulation = aCoChairCirculatesVersionOne(browser);
            theRepresentativesAnswer(browser, circulation);
            theExpertAnswersThroughHerLink(browser, circulation);
            theCoChairDecidesAndTheBracketIsSupported(browser, circulation);
            theFinalVersionIsEndorsed(browser);
            itIsSubmittedApprovedAndPublished(browser);
            aVisitorReadsItAndDownloadsThePdf(browser);
            assertThat(browser.consoleMessages())
                    .noneMatch(
                            message -> message.contains("Content Security Policy") || message.contains("Refused to"));
        }
    }

    private void theGroupDecidesByAQuorumOfTwo(Browser browser) {
        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD).go("/study-groups").click(GROUP);
        browser.click("Edit");
        browser.select("consensusRule", "A quorum of committees").type("quorum", "2");
        browser.submit("form.record");
        assertThat(browser.textOf("h1")).isEqualTo(GROUP);
        browser.signOut();
    }

    /** Starts the memorandum, freezes version 1 and circulates it; answers the circulation's path. */
    private String aCoChairCirculatesVersionOne(Browser browser) {
        browser.signIn("cochair", DEMO_PASSWORD).go("/study-groups").click(GROUP);
        browser.press("Start the memorandum from the record");
        assertThat(browser.path()).matches("/memoranda/\\d+");
        memorandum = Long.parseLong(browser.path().substring("/memoranda/".length()));
        assertThat(browser.textOf("h1")).isEqualTo(TITLE);
        first = browser.attribute(".memo-paragraph", "id");
        firstNumber = browser.textOf("#" + first + " .number");
        browser.driver()
                .findElement(By.cssSelector("#place-" + first + " + details.editor > summary"))
                .click();
        browser.fill("#place-" + first + " + details.editor textarea[name=text]", SECOND)
                .pressIn("#place-" + first + " + details.editor form", "Add the paragraph");
        List<WebElement> paragraphs = browser.driver().findElements(By.cssSelector(".memo-paragraph"));
        assertThat(paragraphs).hasSize(2);
        second = paragraphs.get(1).getDomProperty("id");
        secondNumber = browser.textOf("#" + second + " .number");
        assertThat(browser.textOf("#" + second + " .memo-text p")).endsWith(" " + SECOND);
        browser.type("note", "For the member committees").submit("#freeze");
        assertThat(browser.textOf("#version-1")).contains("For the member committees");

        browser.click("Circulations (circulate a version)");
        assertThat(browser.textOf("h1")).isEqualTo("Circulations");
        LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        browser.pick("#circulate-form select[name=version]", "1")
                .date("#circulate-form input[name=deadline]", deadline)
                .fill(
                        "#circulate-form textarea[name=note]",
                        "Comments and amendments, please, before the Steering Committee meets.");
        browser.driver()
                .findElements(By.cssSelector("#circulate-form input[name=committeeIds]"))
                .forEach(box -> box.click());
        browser.fill("#circulate-form input[name=outsiderName]", EXPERT)
                .fill("#circulate-form input[name=outsiderEmail]", EXPERT_EMAIL)
                .press("Circulate");

        assertThat(browser.path()).matches("/memoranda/" + memorandum + "/circulations/\\d+");
        assertThat(browser.textOf("h1")).isEqualTo("Circulation of version 1");
        assertThat(browser.text())
                .contains("deadline " + deadline.format(SHORT_DAY) + ", 23:59 open")
                .contains("Comments and amendments, please, before the Steering Committee meets.");
        assertThat(browser.textOf("#recipients h2")).isEqualTo("Recipients: 0 of 10 answered");
        assertThat(browser.textOf("#recipients")).contains(EXPERT + " outsider not yet");
        String circulation = browser.path();
        browser.signOut();
        return circulation;
    }

    private void theRepresentativesAnswer(Browser browser, String circulation) throws Exception {
        String invitation = "For your comments: " + TITLE + ", version 1";
        String mail = mailTo(RUSSIA_EMAIL, invitation);
        browser.signIn("representative", DEMO_PASSWORD).go("/inbox");
        assertThat(browser.textOf("#messages")).contains(invitation);
        browser.go(linkIn(mail));
        assertThat(browser.path()).isEqualTo(circulation);
        assertThat(browser.textOf("#answering")).isEqualTo("You answer for CSCAP-Russia.");
        browser.pick("#comment-form select[name=paragraphKey]", first)
                .fill("#comment-form textarea[name=text]", "The forum should not be closed to any member committee.")
                .press("Send the comment");
        browser.pick("#amendment-form select[name=kind]", "REPLACE")
                .pick("#amendment-form select[name=paragraphKey]", first)
                .fill("#amendment-form textarea[name=text]", ACCEPTED)
                .fill("#amendment-form textarea[name=rationale]", "A forum open to some only would divide the region.")
                .press("Propose the amendment");
        assertThat(browser.textOf("#amendments"))
                .contains("Yelena Zarechnaya for CSCAP-Russia: replace paragraph " + firstNumber)
                .contains(ACCEPTED)
                .contains("Rationale: A forum open to some only would divide the region.");
        browser.signOut();

        browser.signIn("story-kr", STORY_PASSWORD);
        browser.go(linkIn(mailTo(KOREA_EMAIL, invitation)));
        assertThat(browser.textOf("#answering")).isEqualTo("You answer for CSCAP-Korea.");
        browser.pick("#amendment-form select[name=kind]", "REPLACE")
                .pick("#amendment-form select[name=paragraphKey]", second)
                .fill("#amendment-form textarea[name=text]", BRACKETED)
                .fill("#amendment-form textarea[name=rationale]", "Three capitals can agree on a secretariat sooner.")
                .press("Propose the amendment");
        assertThat(browser.textOf("#recipients h2")).isEqualTo("Recipients: 2 of 10 answered");
        assertThat(browser.textOf("#comments"))
                .contains("Yelena Zarechnaya for CSCAP-Russia on paragraph " + firstNumber)
                .contains("The forum should not be closed to any member committee.");
        browser.signOut();
    }

    private void theExpertAnswersThroughHerLink(Browser browser, String circulation) throws Exception {
        String mail = mailTo(EXPERT_EMAIL, "For your comments: " + TITLE + ", version 1");
        String link = linkIn(mail);
        assertThat(link).startsWith("/circulations/link/");
        browser.go(link);
        assertThat(browser.textOf("h1")).isEqualTo(TITLE);
        assertThat(browser.text()).contains("circulated to " + EXPERT + " for comments and amendments until");
        browser.pick("#comment select[name=paragraphKey]", second)
                .fill("#comment textarea[name=text]", "A secretariat without a budget of its own would be a name only.")
                .press("Send the comment");
        assertThat(browser.path()).isEqualTo(link);
        assertThat(browser.textOf("#sent"))
                .contains("On paragraph " + secondNumber
                        + ": A secretariat without a budget of its own would be a name only.");
        assertThat(browser.text()).doesNotContain("Sign out");

        browser.signIn("cochair", DEMO_PASSWORD).go(circulation);
        assertThat(browser.textOf("#comments"))
                .contains(EXPERT + " on paragraph " + secondNumber)
                .contains("A secretariat without a budget of its own would be a name only.");
        assertThat(browser.textOf("#recipients h2")).isEqualTo("Recipients: 3 of 10 answered");
    }

    /** Signed in as the co-chair on the circulation: accepts Russia's amendment, keeps Korea's open. */
    private void theCoChairDecidesAndTheBracketIsSupported(Browser browser, String circulation) {
        long accepted = amendmentWith(browser, ACCEPTED);
        long bracketed = amendmentWith(browser, BRACKETED);
        browser.tick("#decide-" + accepted + " input[name=decision][value=ACCEPT]")
                .pressIn("#decide-" + accepted, "Record the decision");
        browser.go(circulation)
                .tick("#decide-" + bracketed + " input[name=decision][value=KEEP_OPEN]")
                .pressIn("#decide-" + bracketed, "Record the decision");
        browser.go(circulation);
        assertThat(browser.textOf("#amendment-" + accepted + " .small")).endsWith(" accepted");
        assertThat(browser.textOf("#amendment-" + bracketed + " .small")).endsWith(" kept open in brackets");
        browser.go("/memoranda/" + memorandum);
        assertThat(browser.textOf("#" + first + " .memo-text p")).endsWith(ACCEPTED);
        browser.signOut();

        browser.signIn("story-kr", STORY_PASSWORD).go(circulation);
        browser.pressIn("#support-" + bracketed, "Support for CSCAP-Korea");
        browser.signOut();

        browser.signIn("cochair", DEMO_PASSWORD).go(circulation).click("Compilation text of version 1");
        assertThat(browser.textOf("h1")).isEqualTo("Compilation text of version 1");
        assertThat(browser.textOf("#brackets h2")).isEqualTo("Open brackets: 1");
        assertThat(browser.textOf("#bracket-" + second + " ul"))
                .isEqualTo("[" + SECOND + "]\n[" + BRACKETED + "] (CSCAP-Korea)");
    }

    /** Signed in as the co-chair: freezes version 2 and asks for endorsement; the two representatives answer. */
    private void theFinalVersionIsEndorsed(Browser browser) {
        browser.go("/memoranda/" + memorandum)
                .type("note", "Final version for endorsement")
                .submit("#freeze");
        browser.click("Endorsement");
        assertThat(browser.text())
                .contains("The study group's rule: a quorum of committees (2 committees).")
                .contains("No endorsement has been asked for yet.");
        browser.pick("#request-form select[name=versionNumber]", "2")
                .fill("#request-form textarea[name=note]", "Please answer before the Steering Committee meets.")
                .press("Ask for endorsement");
        assertThat(browser.text())
                .contains("The committees are asked to endorse version 2. Please answer before the Steering"
                        + " Committee meets.")
                .contains("0 of the 2 committees the quorum requires endorse; still to answer: ");
        browser.signOut();

        browser.signIn("representative", DEMO_PASSWORD).go("/memoranda/" + memorandum + "/endorsement");
        assertThat(browser.text()).contains("You answer for CSCAP-Russia.");
        browser.tick("#answer-form input[name=answer][value=ENDORSES_WITH_RESERVATION]")
                .fill("#answer-form textarea[name=reservation]", RESERVATION)
                .pick("#answer-form select[name=paragraphKey]", first)
                .press("Send the answer");
        browser.signOut();

        browser.signIn("story-kr", STORY_PASSWORD).go("/memoranda/" + memorandum + "/endorsement");
        assertThat(browser.text()).contains("You answer for CSCAP-Korea.");
        browser.tick("#answer-form input[name=answer][value=ENDORSES]").press("Send the answer");
        assertThat(matrixRow(browser, "CSCAP-Russia"))
                .isEqualTo("CSCAP-Russia endorses with a reservation " + RESERVATION + " (on paragraph " + firstNumber
                        + ") representative");
        assertThat(matrixRow(browser, "CSCAP-Korea")).isEqualTo("CSCAP-Korea endorses story-kr");
        assertThat(matrixRow(browser, "CSCAP-Japan")).isEqualTo("CSCAP-Japan not yet");
        assertThat(browser.text()).contains("The rule is met: the memorandum may go to the Steering Committee.");
        browser.signOut();
    }

    private void itIsSubmittedApprovedAndPublished(Browser browser) {
        LocalDate meeting = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        browser.signIn("cochair", DEMO_PASSWORD).go("/memoranda/" + memorandum + "/endorsement");
        browser.fill("#submission-form input[name=meeting]", "the 37th meeting of the CSCAP Steering Committee")
                .fill("#submission-form input[name=place]", "Kuala Lumpur")
                .date("#submission-form input[name=meetingOn]", meeting)
                .press("Submit");
        assertThat(browser.text())
                .contains("Submitted to the 37th meeting of the CSCAP Steering Committee, Kuala Lumpur, on "
                        + meeting.format(LONG_DAY) + ".");
        browser.signOut();

        browser.signIn("steering", DEMO_PASSWORD).go("/memoranda/" + memorandum + "/endorsement");
        browser.tick("#decision-form input[name=decision][value=APPROVED]").press("Record the decision");
        assertThat(browser.text()).contains("Decision of the Steering Committee: approved");
        browser.signOut();

        browser.signIn("admin", TestAccounts.ADMIN_PASSWORD).go("/memoranda/" + memorandum + "/endorsement");
        // Published today, which may turn into tomorrow while the page is sent.
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        browser.press("Publish");
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertThat(browser.text())
                .containsPattern("Published as memorandum no\\. \\d+ on (" + before.format(LONG_DAY) + "|"
                        + after.format(LONG_DAY) + "): read it\\.");
        browser.signOut();
    }

    private void aVisitorReadsItAndDownloadsThePdf(Browser browser) throws Exception {
        String entry = "main a[href='/api/memoranda/" + memorandum + "/publication";
        browser.go("/memoranda/published");
        assertThat(browser.textOf("h1")).isEqualTo("Published memoranda");
        String pdf = browser.attribute(entry + "?format=pdf']", "href");
        browser.driver().findElement(By.cssSelector(entry + "']")).click();
        assertThat(browser.text())
                .contains(TITLE)
                .contains(ACCEPTED)
                .contains("CSCAP-Russia endorses with a reservation: " + RESERVATION)
                .containsAnyOf(
                        "Endorsed by CSCAP-Russia and CSCAP-Korea.", "Endorsed by CSCAP-Korea and CSCAP-Russia.");

        HttpResponse<byte[]> file =
                http.send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(file.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        try (PDDocument document = Loader.loadPDF(file.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("CSCAP-Russia endorses with a reservation: " + RESERVATION)
                    .contains(ACCEPTED);
        }
    }

    /** The id of the amendment on the circulation's page whose proposed words are these. */
    private static long amendmentWith(Browser browser, String words) {
        return browser.driver().findElements(By.cssSelector("article.amendment")).stream()
                .filter(a -> a.findElements(By.tagName("blockquote")).stream()
                        .anyMatch(q -> q.getText().equals(words)))
                .map(a -> Long.parseLong(a.getDomProperty("id").substring("amendment-".length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no amendment proposes: " + words));
    }

    private static String matrixRow(Browser browser, String committee) {
        return browser.driver().findElements(By.cssSelector("table.matrix tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().equals(committee))
                .map(WebElement::getText)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + committee));
    }

    /** The body of the mail to this address with this subject, once the outbox has sent it (up to 30 s). */
    private static String mailTo(String address, String subject) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> to(m, address) && subject.equals(subjectOf(m)))
                    .findFirst();
            if (found.isPresent()) {
                return (String) found.get().getContent();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail \"" + subject + "\" reached " + address);
    }

    /** The path of the one link in a mail, to follow on this server (the mail names the configured base URL). */
    private static String linkIn(String mail) {
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        return link.group(1);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains("<" + address + ">")
                            || a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
