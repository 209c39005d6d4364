package plenary.studygroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CommitteeView;
import plenary.directory.PersonRecords;
import plenary.directory.PersonView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PlenaryIntegrationTest
class StudyGroupApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommitteeRecords committees;

    @Autowired
    PersonRecords people;

    @Autowired
    StudyGroupRecords records;

    StudyGroupFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new StudyGroupFixtures(committees, people, records);
    }

    @Test
    void aGroupIsOnFullConsensusUnlessItSaysOtherwiseAndKeepsItsQuorum() throws Exception {
        CommitteeView korea = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        CommitteeView canada = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        List<Long> both = List.of(korea.id().value(), canada.id().value());
        StudyGroupForm plain = new StudyGroupForm(
                StudyGroupFixtures.unique("Study Group on Consensus"),
                null,
                StudyGroupStatus.PROPOSED,
                null,
                null,
                null,
                both,
                null);
        JsonNode created = read(send(post("/api/study-groups"), plain).andExpect(status().isCreated()));
        assertThat(created.get("consensusRule").asString()).isEqualTo("FULL_CONSENSUS");

        StudyGroupForm quorum = new StudyGroupForm(
                plain.title(),
                null,
                StudyGroupStatus.PROPOSED,
                null,
                null,
                null,
                both,
                null,
                ConsensusRule.QUORUM,
                2,
                0);
        send(put("/api/study-groups/" + created.get("id").asLong()), quorum)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consensusRule").value("QUORUM"))
                .andExpect(jsonPath("$.quorum").value(2));
    }

    @Test
    void secretariatCreatesChangesAndDeletesAStudyGroup() throws Exception {
        CommitteeView korea = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        CommitteeView canada = fixtures.committee(CommitteeKind.MEMBER_COMMITTEE);
        PersonView seol = fixtures.person(korea), quillfeather = fixtures.person(canada), marsh = fixtures.person(null);
        String title = StudyGroupFixtures.unique("Study Group on Multilateral Security Governance");
        StudyGroupForm form = new StudyGroupForm(
                "  " + title + " ",
                "To map the region's institutions.",
                StudyGroupStatus.ACTIVE,
                3,
                List.of(quillfeather.id().value(), seol.id().value()),
                List.of(marsh.id().value()),
                List.of(korea.id().value(), canada.id().value()),
                null);

        JsonNode created = read(send(post("/api/study-groups"), form).andExpect(status().isCreated()));
        long id = created.get("id").asLong();
        assertThat(created.get("title").asString()).isEqualTo(title);
        assertThat(created.get("version").asInt()).isZero();
        // The co-chairs keep the order they were given in, not the order of their ids.
        assertThat(ids(created, "coChairIds"))
                .containsExactly(quillfeather.id().value(), seol.id().value());
        assertThat(ids(created, "rapporteurIds")).containsExactly(marsh.id().value());
        assertThat(ids(created, "committeeIds"))
                .containsExactly(korea.id().value(), canada.id().value());

        StudyGroupForm change = new StudyGroupForm(
                title,
                null,
                StudyGroupStatus.CONCLUDING,
                4,
                List.of(seol.id().value()),
                List.of(),
                List.of(canada.id().value()),
                0);
        send(put("/api/study-groups/" + id), change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDING"))
                .andExpect(jsonPath("$.plannedMeetings").value(4))
                .andExpect(jsonPath("$.coChairIds.length()").value(1))
                .andExpect(jsonPath("$.coChairIds[0]").value(seol.id().value()))
                .andExpect(jsonPath("$.rapporteurIds").isEmpty())
                .andExpect(jsonPath("$.mandate").doesNotExist())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(delete("/api/study-groups/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/study-groups/" + id)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_group_co_chair WHERE study_group_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void thePublicReadsStudyGroupsWithoutSigningIn() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        mvc.perform(get("/api/study-groups"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem(group.view().title())));
        mvc.perform(get("/api/study-groups/" + group.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(group.view().title()))
                .andExpect(jsonPath("$.mandate").value("To test the rules."))
                .andExpect(jsonPath("$.status").value("CONCLUDING"))
                .andExpect(jsonPath("$.plannedMeetings").value(3))
                .andExpect(jsonPath("$.coChairIds[0]").value(group.chair().id().value()))
                .andExpect(jsonPath("$.rapporteurIds[0]")
                        .value(group.rapporteur().id().value()))
                .andExpect(
                        jsonPath("$.committeeIds[1]").value(group.second().id().value()))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/study-groups/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void brokenRulesAreNamedWithFieldAndRuleAndNothingIsSaved() throws Exception {
        CommitteeView steering = fixtures.committee(CommitteeKind.STEERING_COMMITTEE);
        PersonView person = fixtures.person(null);
        String title = StudyGroupFixtures.unique("Refused group");
        StudyGroupForm form = new StudyGroupForm(
                title,
                "To be refused.",
                StudyGroupStatus.ACTIVE,
                21,
                List.of(),
                List.of(person.id().value(), 987654321L),
                List.of(steering.id().value()),
                null);
        send(post("/api/study-groups"), form)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.violations[?(@.field=='plannedMeetings')].rule")
                        .value("range"))
                .andExpect(
                        jsonPath("$.violations[?(@.field=='coChairIds')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='rapporteurIds')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='committeeIds')].rule")
                        .value("member-committee"));
        // Over-long text is refused at the boundary, before the rules.
        send(
                        post("/api/study-groups"),
                        new StudyGroupForm(
                                title,
                                "m".repeat(4001),
                                StudyGroupStatus.PROPOSED,
                                null,
                                List.of(),
                                List.of(),
                                List.of(),
                                null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='mandate')].rule").value("max-length"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM study_group WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTitleIsTakenOnceWhateverItsCase() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        StudyGroupForm copy = new StudyGroupForm(
                group.view().title().toUpperCase(), null, StudyGroupStatus.PROPOSED, null, null, null, null, null);
        send(post("/api/study-groups"), copy)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("title"))
                .andExpect(jsonPath("$.violations[0].rule").value("unique"));
        // A group keeps its own title when it changes other things.
        StudyGroupForm same = new StudyGroupForm(
                group.view().title(),
                null,
                StudyGroupStatus.CONCLUDED,
                null,
                group.form().coChairIds(),
                null,
                null,
                0);
        send(put("/api/study-groups/" + group.id()), same).andExpect(status().isOk());
    }

    @Test
    void aRapporteurWhoIsAlsoCoChairIsRefused() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        StudyGroupForm f = group.form();
        StudyGroupForm both = new StudyGroupForm(
                f.title(),
                f.mandate(),
                f.status(),
                f.plannedMeetings(),
                f.coChairIds(),
                List.of(group.chair().id().value()),
                f.committeeIds(),
                0);
        send(put("/api/study-groups/" + group.id()), both)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("rapporteurIds"))
                .andExpect(jsonPath("$.violations[0].rule").value("distinct"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentState() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        StudyGroupForm f = group.form();
        StudyGroupForm first = new StudyGroupForm(
                f.title(), "First edit", f.status(), 3, f.coChairIds(), f.rapporteurIds(), f.committeeIds(), 0);
        StudyGroupForm second = new StudyGroupForm(
                f.title(), "Second edit", f.status(), 3, f.coChairIds(), f.rapporteurIds(), f.committeeIds(), 0);
        send(put("/api/study-groups/" + group.id()), first).andExpect(status().isOk());
        send(put("/api/study-groups/" + group.id()), second)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.mandate").value("First edit"))
                .andExpect(jsonPath("$.current.version").value(1));
        mvc.perform(get("/api/study-groups/" + group.id()))
                .andExpect(jsonPath("$.mandate").value("First edit"));
    }

    @Test
    void anUpdateWithoutVersionIsRefused() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        send(put("/api/study-groups/" + group.id()), group.form())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("version"))
                .andExpect(jsonPath("$.violations[0].rule").value("required"));
    }

    @Test
    void unknownStatusAndMissingGroupAreRefused() throws Exception {
        mvc.perform(post("/api/study-groups")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"X\",\"status\":\"DORMANT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("status"))
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
        StudyGroupForm form = new StudyGroupForm("Nowhere", null, StudyGroupStatus.PROPOSED, null, null, null, null, 0);
        send(put("/api/study-groups/987654321"), form).andExpect(status().isNotFound());
        mvc.perform(delete("/api/study-groups/987654321").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void aGroupStillReferredToIsNotDeleted() throws Exception {
        StudyGroupFixtures.Group group = fixtures.group();
        // Stands in for the meetings module's table, which refers to study groups the same way.
        String table = "sg_reference_" + Long.toHexString(System.nanoTime());
        jdbc.sql("CREATE TABLE " + table + " (study_group_id BIGINT NOT NULL REFERENCES study_group (id))")
                .update();
        try {
            jdbc.sql("INSERT INTO " + table + " (study_group_id) VALUES (?)")
                    .param(group.id())
                    .update();
            mvc.perform(delete("/api/study-groups/" + group.id()).with(admin()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("still has meetings")));
            mvc.perform(get("/api/study-groups/" + group.id()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.coChairIds.length()").value(2));
        } finally {
            jdbc.sql("DROP TABLE " + table).update();
        }
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, StudyGroupForm form)
            throws Exception {
        return mvc.perform(
                request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(form)));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static List<Long> ids(JsonNode node, String field) {
        return node.get(field).valueStream().map(JsonNode::asLong).toList();
    }
}
