package plenary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import plenary.PlenaryIntegrationTest;
import plenary.circulation.AmendmentKind;
import plenary.circulation.CirculationView;
import plenary.circulation.CirculationView.Amendment;
import plenary.circulation.CirculationView.Comment;
import plenary.circulation.CirculationView.Recipient;
import plenary.circulation.Circulations;
import plenary.circulation.CompilationView;
import plenary.circulation.CompilationView.Alternative;
import plenary.circulation.Compilations;
import plenary.circulation.RecipientKind;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.Directory;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.PlenaryAccount;
import plenary.directory.Pronoun;
import plenary.directory.Role;
import plenary.drafting.Memoranda;
import plenary.drafting.MemorandumView;
import plenary.drafting.VersionDocument;
import plenary.drafting.VersionSummary;
import plenary.endorsement.Answer;
import plenary.endorsement.EndorsementView;
import plenary.endorsement.EndorsementView.CommitteeAnswer;
import plenary.endorsement.Endorsements;
import plenary.endorsement.SubmissionForm;
import plenary.endorsement.SubmissionRecords;
import plenary.institutions.Institutions;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionKind;
import plenary.meetings.InterventionView;
import plenary.meetings.LinkKind;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.meetings.PositionStance;
import plenary.studygroups.ConsensusRule;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * The demo record holds the seed's meeting in full, and its memorandum on the road: circulated, commented, amended,
 * one amendment in brackets, put to endorsement; as a visitor signed in sees it.
 */
@PlenaryIntegrationTest
class DemoRecordTests {

    private static final String SIX_PARTY_TALKS = "The Study Group recommends that the parties to the Six Party Talks,"
            + " once the talks are reconvened, modify their modality and expand their agenda to include other aspects"
            + " such as economic cooperation with North Korea.";
    private static final String SIX_PARTY_TALKS_AS_AMENDED = "The Study Group recommends that the parties to the Six"
            + " Party Talks, once the talks are reconvened on the basis of the commitments of the Joint Statement of"
            + " 19 September 2005, modify their modality and expand their agenda to include other aspects such as"
            + " economic cooperation with North Korea.";
    private static final String NUCLEAR_SAFETY = "The Study Group recommends that the governments of the region"
            + " develop a regional cooperation mechanism on nuclear safety, open to every state of Northeast Asia that"
            + " operates or plans nuclear power plants.";
    private static final String NUCLEAR_SAFETY_AS_AMENDED = "The Study Group recommends that the governments of the"
            + " region develop a regional cooperation mechanism on nuclear safety, open to every state of Northeast"
            + " Asia that operates or plans nuclear power plants, which provides for the prompt exchange of"
            + " information on incidents and for joint emergency preparedness.";
    /** Why the memorandum may not go to the Steering Committee yet. */
    private static final String NOT_YET = "CSCAP-Russia, CSCAP-China, CSCAP-Japan, AUS-CSCAP, CSCAP-Indonesia have"
            + " not answered yet; the group's rule is consensus: every participating committee must endorse, with or"
            + " without reservation.";

    @Autowired
    MessageSource bundles;

    @Autowired
    StudyGroups studyGroups;

    @Autowired
    Meetings meetings;

    @Autowired
    Directory directory;

    @Autowired
    Institutions institutions;

    @Autowired
    Memoranda memoranda;

    @Autowired
    Circulations circulations;

    @Autowired
    Compilations compilations;

    @Autowired
    Endorsements endorsements;

    @Autowired
    SubmissionRecords submissions;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DemoSignIn signIn;

    @Test
    void theStudyGroupHasTwoCoChairsFromDifferentCommitteesAndThreeMeetings() {
        StudyGroupView group = group();
        assertThat(group.coChairIds()).hasSize(2);
        List<CommitteeId> committees = group.coChairIds().stream()
                .map(id -> directory.person(id).orElseThrow().committeeId())
                .toList();
        assertThat(committees.get(0)).isNotEqualTo(committees.get(1));
        assertThat(meetings.ofStudyGroup(group.id()))
                .extracting(MeetingSummary::ordinal)
                .containsExactly(1, 2, 3);
    }

    @Test
    void theStudyGroupHasItsMemorandumInThreeVersionsEachWithANote() {
        CurrentAccount.asSystem(() -> {
            long id = memorandum();
            MemorandumView memorandum = memoranda.find(id);
            assertThat(memorandum.versions())
                    .extracting(VersionSummary::note)
                    .containsExactly(
                            "The Co-Chairs' first draft, written from the record of the three meetings.",
                            "The Vladivostok meeting's recommendations on nuclear safety, energy, trade and the East"
                                    + " Asia Summit added: a tentative, jointly crafted document, for circulation to the"
                                    + " member committees and the other institutions involved in the Study Group.",
                            "The final version after circulation, for endorsement by the member committees:"
                                    + " CSCAP-Japan's amendment to paragraph 5.1 taken in, USCSCAP's amendment to"
                                    + " paragraph 3.2 kept in brackets.");
            assertThat(memorandum.versions())
                    .extracting(VersionSummary::frozenBy)
                    .containsOnly("cochair");
            Map<String, String> drafted = numbered(memoranda.version(id, 1));
            assertThat(drafted).hasSize(1);
            assertThat(drafted.get("3.1")).contains("modify the modality of the Six Party Talks");
            Map<String, String> circulated = numbered(memoranda.version(id, 2));
            assertThat(circulated.keySet()).containsExactly("3.1", "3.2", "5.1", "5.2", "5.3");
            assertThat(circulated.get("3.1")).contains("“umbrella” forum");
            assertThat(circulated.get("3.2")).isEqualTo(SIX_PARTY_TALKS);
            assertThat(circulated.get("5.1")).isEqualTo(NUCLEAR_SAFETY);
            Map<String, String> last = numbered(memoranda.version(id, 3));
            assertThat(last.keySet()).containsExactly("3.1", "3.2", "5.1", "5.2", "5.3");
            assertThat(last.get("3.2")).isEqualTo(SIX_PARTY_TALKS);
            assertThat(last.get("5.1")).isEqualTo(NUCLEAR_SAFETY_AS_AMENDED);
            return null;
        });
    }

    @Test
    void eachMemberCommitteeHasARepresentativeWhoNeitherLeadsTheGroupNorSpeaksInTheRecord() {
        Map<String, String> representatives = new LinkedHashMap<>();
        representatives.put("representative", "CSCAP-Russia");
        representatives.put("representative-kr", "CSCAP-Korea");
        representatives.put("representative-cn", "CSCAP-China");
        representatives.put("representative-jp", "CSCAP-Japan");
        representatives.put("representative-us", "USCSCAP");
        representatives.put("representative-ca", "CANCAPS");
        representatives.put("representative-au", "AUS-CSCAP");
        representatives.put("representative-id", "CSCAP-Indonesia");
        representatives.put("representative-sg", "CSCAP-Singapore");
        StudyGroupView group = group();
        assertThat(group.committeeIds())
                .extracting(c -> directory.committee(c).orElseThrow().shortName())
                .containsExactlyElementsOf(representatives.values());
        List<PersonId> speakers = interventions(vladivostok()).stream()
                .map(InterventionView::speakerPersonId)
                .toList();
        representatives.forEach((username, committee) -> {
            PlenaryAccount account = (PlenaryAccount) accounts.loadUserByUsername(username);
            assertThat(account.has(Role.COMMITTEE_REPRESENTATIVE)).as(username).isTrue();
            assertThat(passwords.matches("plenary-demo-vladivostok", account.getPassword()))
                    .as(username)
                    .isTrue();
            PersonView person =
                    directory.person(new PersonId(account.personId())).orElseThrow();
            CommitteeView own = directory.committee(person.committeeId()).orElseThrow();
            assertThat(own.shortName()).as(username).isEqualTo(committee);
            assertThat(directory.representatives(own.id()))
                    .extracting(PersonView::id)
                    .contains(person.id());
            assertThat(group.isLedBy(person.id())).as(username).isFalse();
            assertThat(speakers).as(username).doesNotContain(person.id());
        });
    }

    @Test
    void theCoChairsCirculatedVersion2AndAVisitorSeesWhoHasAnswered() {
        signIn.as("representative", () -> {
            CirculationView circulation = circulation();
            assertThat(circulation.version()).isEqualTo(2);
            assertThat(circulation.circulatedBy()).isEqualTo("cochair");
            assertThat(circulation.deadline()).isAfter(Instant.now().plus(Duration.ofDays(21)));
            assertThat(circulation.closed()).isFalse();
            assertThat(circulation.note())
                    .startsWith("Dear colleagues, we have the pleasure of circulating the draft Memorandum")
                    .endsWith("Ha-eun Seol and Martin Quillfeather, Co-Chairs.");
            assertThat(circulation.recipients())
                    .extracting(Recipient::name, Recipient::kind, Recipient::answered, Recipient::late)
                    .containsExactly(
                            tuple("CSCAP-Russia", RecipientKind.COMMITTEE, false, false),
                            tuple("CSCAP-Korea", RecipientKind.COMMITTEE, true, false),
                            tuple("CSCAP-China", RecipientKind.COMMITTEE, true, false),
                            tuple("CSCAP-Japan", RecipientKind.COMMITTEE, true, false),
                            tuple("USCSCAP", RecipientKind.COMMITTEE, true, false),
                            tuple("CANCAPS", RecipientKind.COMMITTEE, false, false),
                            tuple("AUS-CSCAP", RecipientKind.COMMITTEE, true, false),
                            tuple("CSCAP-Indonesia", RecipientKind.COMMITTEE, true, false),
                            tuple("CSCAP-Singapore", RecipientKind.COMMITTEE, false, false),
                            tuple("Sophie Marchetti-Lund", RecipientKind.OUTSIDER, false, false));
        });
    }

    @Test
    void representativesCommentedOnParagraphsAndTheCoChairsReplied() {
        signIn.as("representative", () -> {
            CirculationView circulation = circulation();
            Map<String, String> numbers = memoranda.versionText(memorandum(), 2).numbers();
            Map<Long, String> authors = new LinkedHashMap<>();
            circulation.comments().forEach(c -> authors.put(c.id(), c.author()));
            assertThat(circulation.comments())
                    .extracting(
                            c -> numbers.get(c.paragraphKey()),
                            Comment::author,
                            c -> c.replyTo() == null ? null : authors.get(c.replyTo()),
                            Comment::late)
                    .containsExactly(
                            tuple("3.2", "Seung-ho Namgoong for CSCAP-Korea", null, false),
                            tuple("5.2", "Wen Shuyao for CSCAP-China", null, false),
                            tuple("5.2", "Ha-eun Seol", "Wen Shuyao for CSCAP-China", false),
                            tuple("3.1", "Bayu Setiadarma for CSCAP-Indonesia", null, false),
                            tuple("3.1", "Martin Quillfeather", "Bayu Setiadarma for CSCAP-Indonesia", false),
                            tuple("5.3", "Hamish Yarraford for AUS-CSCAP", null, false));
            assertThat(circulation.comments().get(2).text())
                    .isEqualTo("Thank you. The Co-Chairs intend the regime to cover supply, transit and"
                            + " interconnection alike, and to complement the bilateral arrangements now in place rather"
                            + " than replace them.");
        });
    }

    @Test
    void japansAmendmentIsInTheWorkingTextAndTheUnitedStatesOneIsKeptOpen() {
        signIn.as("representative", () -> {
            long id = memorandum();
            Map<String, String> numbers = memoranda.versionText(id, 2).numbers();
            assertThat(circulation().amendments())
                    .extracting(
                            a -> numbers.get(a.paragraphKey()),
                            Amendment::kind,
                            Amendment::author,
                            Amendment::text,
                            Amendment::decision,
                            Amendment::decidedBy)
                    .containsExactly(
                            tuple(
                                    "5.1",
                                    AmendmentKind.REPLACE,
                                    "Sayaka Tominaga for CSCAP-Japan",
                                    NUCLEAR_SAFETY_AS_AMENDED,
                                    "ACCEPT",
                                    "cochair"),
                            tuple(
                                    "3.2",
                                    AmendmentKind.REPLACE,
                                    "Corinne Aldhouse for USCSCAP",
                                    SIX_PARTY_TALKS_AS_AMENDED,
                                    "KEEP_OPEN",
                                    "cochair2"));
            assertThat(circulation().amendments().get(1).rationale())
                    .startsWith("The talks should resume on the basis of the commitments the parties have already"
                            + " undertaken.");
            assertThat(memoranda.find(id).sections().stream().flatMap(s -> s.paragraphs().stream()))
                    .filteredOn(p -> p.number().equals("5.1"))
                    .singleElement()
                    .satisfies(p -> assertThat(p.text()).isEqualTo(NUCLEAR_SAFETY_AS_AMENDED));
        });
    }

    @Test
    void theCompilationOfVersion3ShowsTheBracketWithItsSupporters() {
        signIn.as("representative", () -> {
            CompilationView compilation = compilations.compile(memorandum(), 3).view();
            assertThat(compilation.brackets()).singleElement().satisfies(bracket -> {
                assertThat(bracket.number()).isEqualTo("3.2");
                assertThat(bracket.text())
                        .isEqualTo("[" + SIX_PARTY_TALKS + "] (CSCAP-China) [" + SIX_PARTY_TALKS_AS_AMENDED
                                + "] (USCSCAP, CSCAP-Japan, AUS-CSCAP)");
                assertThat(bracket.alternatives())
                        .extracting(
                                Alternative::text,
                                Alternative::supporters,
                                a -> a.earlierSupport().isEmpty())
                        .containsExactly(
                                tuple(SIX_PARTY_TALKS, List.of("CSCAP-China"), true),
                                tuple(
                                        SIX_PARTY_TALKS_AS_AMENDED,
                                        List.of("USCSCAP", "CSCAP-Japan", "AUS-CSCAP"),
                                        true));
            });
        });
    }

    @Test
    void version3IsPutToEndorsementAndTheMatrixShowsWhoEndorsedAndWhoIsDue() {
        signIn.as("representative", () -> {
            long id = memorandum();
            Map<String, String> numbers = memoranda.versionText(id, 3).numbers();
            EndorsementView state = endorsements.state(id);
            assertThat(state.versionNumber()).isEqualTo(3);
            assertThat(state.rule()).isEqualTo(ConsensusRule.CONSENSUS_WITH_RESERVATIONS);
            assertThat(state.committees())
                    .extracting(
                            CommitteeAnswer::committee,
                            CommitteeAnswer::answer,
                            a -> a.paragraphKey() == null ? null : numbers.get(a.paragraphKey()),
                            CommitteeAnswer::givenBy)
                    .containsExactly(
                            tuple("CSCAP-Russia", null, null, null),
                            tuple("CSCAP-Korea", Answer.ENDORSES, null, "representative-kr"),
                            tuple("CSCAP-China", null, null, null),
                            tuple("CSCAP-Japan", null, null, null),
                            tuple("USCSCAP", Answer.ENDORSES_WITH_RESERVATION, "3.2", "representative-us"),
                            tuple("CANCAPS", Answer.ENDORSES, null, "representative-ca"),
                            tuple("AUS-CSCAP", null, null, null),
                            tuple("CSCAP-Indonesia", null, null, null),
                            tuple("CSCAP-Singapore", Answer.ENDORSES, null, "representative-sg"));
            assertThat(state.committees().get(4).reservation())
                    .isEqualTo("USCSCAP endorses the Memorandum on the understanding that the Six Party Talks are to"
                            + " be reconvened on the basis of the commitments of the Joint Statement of 19 September"
                            + " 2005, as its amendment to this paragraph proposed.");
            assertThat(state.mayBeSubmitted()).isFalse();
            assertThat(state.reasons())
                    .extracting(r -> bundles.getMessage(r, Locale.ENGLISH))
                    .containsExactly(NOT_YET);
            assertThat(state.submission()).isNull();
        });
    }

    @Test
    void theCoChairsCannotSubmitItYetAndAreToldWhy() {
        long id = CurrentAccount.asSystem(this::memorandum);
        assertThatThrownBy(() -> signIn.as(
                        "cochair",
                        () -> submissions.submit(
                                id,
                                new SubmissionForm(
                                        "The 37th meeting of the CSCAP Steering Committee",
                                        "Kuala Lumpur",
                                        LocalDate.now().plusMonths(2)))))
                .isInstanceOfSatisfying(
                        InvalidRecord.class,
                        refused -> assertThat(refused.violations())
                                .containsExactly(new Violation(
                                        "endorsements",
                                        "consensus-rule",
                                        "do not meet the study group's rule (consensus with reservations allowed): "
                                                + NOT_YET)));
        signIn.as(
                "cochair", () -> assertThat(endorsements.state(id).submission()).isNull());
    }

    private long memorandum() {
        return memoranda.ofStudyGroup(group().id()).get(0).id().value();
    }

    private CirculationView circulation() {
        return circulations.ofMemorandum(memorandum()).get(0);
    }

    /** A version's numbered paragraphs by number, in reading order. */
    private static Map<String, String> numbered(VersionDocument version) {
        Map<String, String> paragraphs = new LinkedHashMap<>();
        version.document()
                .contents()
                .forEach(s -> s.paragraphs().stream()
                        .filter(p -> p.number() != null)
                        .forEach(p -> paragraphs.put(p.number(), p.text())));
        return paragraphs;
    }

    @Test
    void theVladivostokMeetingIsAsTheSeedReportsIt() {
        MeetingRecord vladivostok = vladivostok();
        assertThat(vladivostok.city()).isEqualTo("Vladivostok");
        assertThat(vladivostok.startsOn()).hasToString("2011-11-14");
        assertThat(vladivostok.hostCommittee()).isEqualTo("CSCAP-Russia");
        assertThat(vladivostok.attendanceWords())
                .isEqualTo("More than 20 experts from 9 member committees and other regions");
        assertThat(vladivostok.ordinalWords()).isEqualTo("the third and final meeting");
        assertThat(vladivostok.attributionRule()).isEqualTo(AttributionRule.NONE);
        assertThat(vladivostok.participants()).hasSizeGreaterThan(20);
        assertThat(vladivostok.sessions())
                .extracting(s -> s.objectives().size())
                .containsExactly(4, 2, 1);
        assertThat(interventions(vladivostok)).hasSizeGreaterThanOrEqualTo(17);
        assertThat(vladivostok.proposals()).hasSize(7);
        assertThat(vladivostok.nextTasks())
                .singleElement()
                .satisfies(t -> assertThat(t.description()).contains("CSCAP Memorandum"));
    }

    @Test
    void theEnergyPaperElaboratesThePaperOfTheSecondMeetingInMay() {
        InterventionView paper = interventions(vladivostok()).stream()
                .filter(i ->
                        i.kind() == InterventionKind.PRESENTATION && i.summary().contains("energy"))
                .findFirst()
                .orElseThrow();
        assertThat(paper.links()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.ELABORATES);
            assertThat(link.targetMeetingOrdinal()).isEqualTo(2);
        });
        MeetingSummary second = meetings.ofStudyGroup(group().id()).get(1);
        assertThat(second.startsOn().getMonthValue()).isEqualTo(5);
        PersonView presenter = directory.person(paper.speakerPersonId()).orElseThrow();
        assertThat(presenter.pronoun()).isEqualTo(Pronoun.SHE);
    }

    @Test
    void theRussianBriefingIsGivenByARussianAndThePipelineProposalIsOpposed() {
        MeetingRecord vladivostok = vladivostok();
        InterventionView briefing = interventions(vladivostok).stream()
                .filter(i ->
                        i.kind() == InterventionKind.BRIEFING && i.summary().contains("pipeline"))
                .findFirst()
                .orElseThrow();
        PersonView briefer = directory.person(briefing.speakerPersonId()).orElseThrow();
        assertThat(briefer.nationality()).isEqualTo(Nationality.RU);
        assertThat(briefer.pronoun()).isEqualTo(Pronoun.HE);
        assertThat(vladivostok.proposals())
                .filteredOn(p -> p.text().startsWith("link the pipeline"))
                .singleElement()
                .satisfies(p -> assertThat(p.positions())
                        .extracting(pos -> pos.stance())
                        .containsExactly(PositionStance.OPPOSES));
    }

    @Test
    void everyInstitutionTheSeedNamesIsThere() {
        for (String name : List.of(
                "Six Party Talks",
                "Four Party Talks",
                "KEDO",
                "Trilateral Summit",
                "Trilateral Cooperation Secretariat",
                "East Asia Summit",
                "TPP",
                "Northeast Asia FTA",
                "multilateral energy regime",
                "gas pipeline through the Korean Peninsula",
                "regional cooperation mechanism on nuclear safety")) {
            assertThat(institutions.named(name)).as(name).isPresent();
        }
    }

    private StudyGroupView group() {
        return studyGroups.all().stream()
                .filter(g -> g.title().equals(DemoRecord.TITLE))
                .findFirst()
                .orElseThrow();
    }

    private MeetingRecord vladivostok() {
        long id = meetings.ofStudyGroup(group().id()).get(2).id().value();
        return meetings.record(new MeetingId(id)).orElseThrow();
    }

    private static List<InterventionView> interventions(MeetingRecord meeting) {
        return meeting.sessions().stream()
                .flatMap(s -> s.interventions().stream())
                .toList();
    }
}
