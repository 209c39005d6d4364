package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.CurrentAccount;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import plenary.directory.Role;

@PlenaryIntegrationTest
class StudyGroupPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    StudyGroupRecords records;

    @Autowired
    StudyGroups groups;

    StudyGroupFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StudyGroupFixtures(committees, people, records);
    }

    @Test
    void thePublicListShowsEachGroupWithItsStatusAndCoChairsByNameAndCommittee() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        String html = page(get("/study-groups"));
        assertThat(html)
                .contains(group.view().title())
                .contains("Concluding")
                .contains(group.chair().name() + " (" + group.first().acronym() + ")")
                .contains(group.otherChair().name() + " (" + group.second().acronym() + ")")
                .doesNotContain("New study group");
        assertThat(page(get("/study-groups").with(admin()))).contains("href=\"/study-groups/new\"");
    }

    @Test
    void thePublicSeesAGroupWithMandateCommitteesPlannedMeetingsAndItsPublishedWork() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        String html = page(get("/study-groups/" + group.id()));
        assertThat(html)
                .contains(group.view().title())
                .contains("To test the rules.")
                .contains("3 meetings planned")
                .contains(group.chair().name())
                .contains(group.first().name())
                .contains(group.second().name())
                // Signed out, the group leads to its published work and its calendar, not to a sign-in wall.
                .contains("href=\"/api/study-groups/" + group.id() + "/dossier?format=html\"")
                .contains("href=\"/study-groups/" + group.id() + "/calendar.ics\"")
                .doesNotContain("href=\"/meetings?studyGroup=")
                .doesNotContain("/edit\"")
                // Rapporteurs are shown to signed-in accounts only.
                .doesNotContain(group.rapporteur().name());
        assertThat(page(get("/study-groups/" + group.id())
                        .with(accounts.of(Role.PARTICIPANT).basic())))
                .contains(group.rapporteur().name())
                .contains("href=\"/meetings?studyGroup=" + group.id() + "\"");
    }

    @Test
    void aMissingGroupIsNotFound() throws Exception {
        String html = mvc.perform(get("/study-groups/987654321"))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Study group 987654321 does not exist");
    }

    @Test
    void aGroupWithMeetingsIsNotDeletedFromItsPage() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        // Stands in for the meetings module's table, which refers to study groups the same way.
        String table = "sg_reference_" + Long.toHexString(System.nanoTime());
        jdbc.sql("CREATE TABLE " + table + " (study_group_id BIGINT NOT NULL REFERENCES study_group (id))")
                .update();
        try {
            jdbc.sql("INSERT INTO " + table + " (study_group_id) VALUES (?)")
                    .param(group.id())
                    .update();
            String html = mvc.perform(post("/study-groups/" + group.id() + "/delete")
                            .with(admin())
                            .with(csrf()))
                    .andExpect(status().isConflict())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).contains("still has meetings");
            assertThat(groups.find(new StudyGroupId(group.id()))).contains(group.view());
        } finally {
            jdbc.sql("DROP TABLE " + table).update();
        }
    }

    @Test
    void aFormWithErrorsShowsThemBesideTheFieldsKeepsTheInputAndSavesNothing() throws Exception {
        CommitteeView steering = fixtures.committee(CommitteeKind.STEERING_COMMITTEE);
        String title = StudyGroupFixtures.unique("Unsaved group");
        String html = mvc.perform(post("/study-groups")
                        .with(admin())
                        .with(csrf())
                        .param("title", title)
                        .param("status", "ACTIVE")
                        .param("plannedMeetings", "25")
                        .param("coChairIds", "", "", "")
                        .param("committeeIds", String.valueOf(steering.id())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("Nothing was saved")
                .contains("id=\"plannedMeetings-error\"")
                .contains("must be between 1 and 20")
                .contains("id=\"coChairIds-error\"")
                .contains("at least one co-chair")
                .contains("id=\"committeeIds-error\"")
                .contains("not a member committee")
                .doesNotContain("id=\"title-error\"")
                .contains("value=\"" + title + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_group WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNumberThatIsNoneIsShownBesideItsField() throws Exception {
        String title = StudyGroupFixtures.unique("Typo group");
        String html = page(post("/study-groups")
                .with(admin())
                .with(csrf())
                .param("title", title)
                .param("status", "PROPOSED")
                .param("plannedMeetings", "three"));
        assertThat(html).contains("id=\"plannedMeetings-error\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_group WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRequestOverItsBoundsIsShownBesideTheFieldsAndNothingIsSaved() throws Exception {
        String title = StudyGroupFixtures.unique("Crowded group");
        String[] coChairs = java.util.stream.IntStream.rangeClosed(1, 21)
                .mapToObj(String::valueOf)
                .toArray(String[]::new);
        String html = page(post("/study-groups")
                .with(admin())
                .with(csrf())
                .param("title", title)
                .param("mandate", "m".repeat(4001))
                .param("status", "PROPOSED")
                .param("coChairIds", coChairs));
        assertThat(html)
                .contains("id=\"mandate-error\"")
                .contains("must be at most 4000 characters")
                .contains("must have at most 20 entries");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_group WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretariatCreatesAGroupWithCoChairsInTheChosenOrder() throws Exception {
        CommitteeView korea = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        CommitteeView canada = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        PersonView second = fixtures.person(canada), first = fixtures.person(korea);
        String title = StudyGroupFixtures.unique("Saved group");
        String location = mvc.perform(post("/study-groups")
                        .with(admin())
                        .with(csrf())
                        .param("title", title)
                        .param("mandate", "To map.")
                        .param("status", "ACTIVE")
                        .param("plannedMeetings", "3")
                        .param("coChairIds", String.valueOf(first.id()), "", String.valueOf(second.id()))
                        .param("rapporteurIds", "", "", "")
                        .param("committeeIds", String.valueOf(korea.id()), String.valueOf(canada.id())))
                .andExpect(redirectedUrlPattern("/study-groups/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        StudyGroupView saved = groups.find(StudyGroupId.valueOf(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(saved.title()).isEqualTo(title);
        assertThat(saved.coChairIds()).containsExactly(first.id(), second.id());
        assertThat(saved.rapporteurIds()).isEmpty();
        assertThat(saved.committeeIds()).containsExactlyInAnyOrder(korea.id(), canada.id());
    }

    @Test
    void theEditFormShowsTheGroupAsItIs() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        String html = page(get("/study-groups/" + group.id() + "/edit").with(admin()));
        assertThat(html)
                .contains("value=\"" + group.view().title() + "\"")
                .contains("<option value=\"CONCLUDING\" selected>")
                .contains("<option value=\"" + group.chair().id() + "\" selected>")
                .contains("value=\"" + group.first().id() + "\" checked")
                .contains("action=\"/study-groups/" + group.id() + "/delete\"");
    }

    @Test
    void aStaleEditIsToldAboveTheFormAndChangesNothing() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        StudyGroupForm f = group.form();
        CurrentAccount.asSystem(() -> records.update(
                group.id(),
                new StudyGroupForm(
                        f.title(),
                        "Changed meanwhile",
                        f.status(),
                        3,
                        f.coChairIds(),
                        f.rapporteurIds(),
                        f.committeeIds(),
                        0)));
        String html = page(edit(group).param("mandate", "My older edit").param("version", "0"));
        assertThat(html).contains("changed by someone else").contains("My older edit");
        assertThat(groups.find(new StudyGroupId(group.id())).orElseThrow().mandate())
                .isEqualTo("Changed meanwhile");
    }

    @Test
    void theSecretariatChangesAndDeletesAGroup() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        mvc.perform(edit(group).param("mandate", "A new mandate.").param("version", "0"))
                .andExpect(redirectedUrl("/study-groups/" + group.id()));
        assertThat(groups.find(new StudyGroupId(group.id())).orElseThrow().mandate())
                .isEqualTo("A new mandate.");

        mvc.perform(post("/study-groups/" + group.id() + "/delete")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/study-groups"));
        assertThat(groups.find(new StudyGroupId(group.id()))).isEmpty();
    }

    /** The edit form as sent back unchanged except for what the test adds. */
    private MockHttpServletRequestBuilder edit(StudyGroupFixtures.Group group) {
        StudyGroupForm f = group.form();
        return post("/study-groups/" + group.id())
                .with(admin())
                .with(csrf())
                .param("title", f.title())
                .param("status", f.status().name())
                .param("plannedMeetings", String.valueOf(f.plannedMeetings()))
                .param("coChairIds", ids(f.coChairIds()))
                .param("rapporteurIds", ids(f.rapporteurIds()))
                .param("committeeIds", ids(f.committeeIds()));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String[] ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).toArray(String[]::new);
    }
}
