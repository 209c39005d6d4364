package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import plenary.PlenaryIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PlenaryIntegrationTest
class InstitutionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Institutions institutions;

    /** Makes this test's names its own: tests share one database, possibly with the demo record in it. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Map<String, Object> institution(String name, String kind, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + tag);
        body.put("kind", kind);
        body.put("status", status);
        return body;
    }

    @Test
    void aWriterCreatesReadsChangesAndDeletesAnInstitution() throws Exception {
        long eas = create(institution("East Asia Summit", "FORUM", "ACTIVE"))
                .get("id")
                .asLong();
        Map<String, Object> body = institution("Six Party Talks", "TALKS", "SUSPENDED");
        body.putAll(Map.of(
                "acronym",
                "6PT-" + tag,
                "aliases",
                List.of("Beijing talks " + tag),
                "foundedOn",
                "2003-08-27",
                "issueAreas",
                List.of("NUCLEAR", "SECURITY"),
                "description",
                "Talks on the Korean Peninsula.",
                "members",
                List.of(Map.of("country", "KR", "joinedOn", "2003-08-27"), Map.of("country", "KP")),
                "relations",
                List.of(Map.of("kind", "LINKED_TO", "targetId", eas))));
        JsonNode created = create(body);
        long id = created.get("id").asLong();
        assertThat(created.get("version").asInt()).isZero();

        mvc.perform(get("/api/institutions/" + id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acronym").value("6PT-" + tag))
                .andExpect(jsonPath("$.aliases[0]").value("Beijing talks " + tag))
                .andExpect(jsonPath("$.issueAreas[0]").value("SECURITY"))
                .andExpect(jsonPath("$.issueAreas[1]").value("NUCLEAR"))
                .andExpect(jsonPath("$.members[0].country").value("KR"))
                .andExpect(jsonPath("$.members[0].joinedOn").value("2003-08-27"))
                .andExpect(jsonPath("$.members[1].country").value("KP"))
                .andExpect(jsonPath("$.relations[0].kind").value("LINKED_TO"))
                .andExpect(jsonPath("$.relations[0].targetId").value(eas));

        body.putAll(Map.of("status", "ACTIVE", "members", List.of(), "version", 0));
        send(put("/api/institutions/" + id), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.members").isEmpty())
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(delete("/api/institutions/" + id).with(admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/institutions/" + id).with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void missingAndOverlongFieldsAreNamedWithTheirRule() throws Exception {
        send(
                        post("/api/institutions"),
                        Map.of(
                                "name",
                                " ",
                                "acronym",
                                "A".repeat(41),
                                "aliases",
                                List.of("x".repeat(201)),
                                "description",
                                "d".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(rule("acronym", "max-length"))
                .andExpect(rule("aliases[0]", "max-length"))
                .andExpect(rule("description", "max-length"));
        // Over-long text is refused at the boundary, before the rules; they name what is missing.
        send(post("/api/institutions"), Map.of("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(rule("name", "required"))
                .andExpect(rule("kind", "required"))
                .andExpect(rule("status", "required"));
        send(post("/api/institutions"), Map.of("name", "n".repeat(201), "kind", "TALKS", "status", "ACTIVE"))
                .andExpect(status().isBadRequest())
                .andExpect(rule("name", "max-length"));
    }

    @Test
    void datesAreInRangeAndInOrder() throws Exception {
        Map<String, Object> body = institution("Early Talks", "TALKS", "DEFUNCT");
        body.putAll(Map.of("foundedOn", "1899-12-31", "endedOn", "2101-01-01"));
        send(post("/api/institutions"), body)
                .andExpect(status().isBadRequest())
                .andExpect(rule("foundedOn", "range"))
                .andExpect(rule("endedOn", "range"));
        body.putAll(Map.of("foundedOn", "1999-08-09", "endedOn", "1997-12-09"));
        send(post("/api/institutions"), body).andExpect(status().isBadRequest()).andExpect(rule("endedOn", "order"));
    }

    @Test
    void namesAcronymsAndAliasesAreUniqueAndAliasesDistinct() throws Exception {
        Map<String, Object> first = institution("Energy Charter", "AGREEMENT", "ACTIVE");
        first.putAll(Map.of("acronym", "EC-" + tag, "aliases", List.of("Charter " + tag)));
        create(first);
        Map<String, Object> second = institution("the energy-charter", "AGREEMENT", "ACTIVE");
        second.putAll(
                Map.of("acronym", "ec-" + tag, "aliases", List.of("Other " + tag, "other " + tag, "Charter " + tag)));
        send(post("/api/institutions"), second)
                .andExpect(status().isBadRequest())
                .andExpect(rule("name", "unique"))
                .andExpect(rule("acronym", "unique"))
                .andExpect(rule("aliases[1]", "unique"))
                .andExpect(rule("aliases[2]", "unique"));
    }

    @Test
    void membersAreCountryCodesAndIssueAreasComeFromTheList() throws Exception {
        Map<String, Object> body = institution("Club", "FORUM", "ACTIVE");
        body.put(
                "members",
                List.of(
                        Map.of("country", "kr"),
                        Map.of("country", "Korea"),
                        Map.of("country", "JP", "joinedOn", "1800-01-01"),
                        Map.of("country", "JP")));
        send(post("/api/institutions"), body)
                .andExpect(status().isBadRequest())
                .andExpect(rule("members[0].country", "format"))
                .andExpect(rule("members[1].country", "format"))
                .andExpect(rule("members[2].joinedOn", "range"))
                .andExpect(rule("members[3].country", "unique"));
        body.remove("members");
        body.put("issueAreas", List.of("ENERGY", "GASTRONOMY"));
        send(post("/api/institutions"), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("issueAreas[1]"))
                .andExpect(jsonPath("$.violations[0].rule").value("one-of"));
    }

    @Test
    void relationsLeadToAnotherExistingInstitution() throws Exception {
        JsonNode forum = create(institution("Energy Forum", "FORUM", "PROPOSED"));
        long id = forum.get("id").asLong();
        Map<String, Object> body = institution("Energy Forum", "FORUM", "PROPOSED");
        body.putAll(Map.of(
                "version",
                0,
                "relations",
                List.of(
                        Map.of("kind", "LINKED_TO", "targetId", id),
                        Map.of("kind", "EMBEDDED_IN", "targetId", Long.MAX_VALUE),
                        Map.of("targetId", id))));
        send(put("/api/institutions/" + id), body)
                .andExpect(status().isBadRequest())
                .andExpect(rule("relations[0].targetId", "not-self"))
                .andExpect(rule("relations[1].targetId", "exists"))
                .andExpect(rule("relations[2].kind", "required"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentState() throws Exception {
        long id = create(institution("Energy Regime", "REGIME", "PROPOSED"))
                .get("id")
                .asLong();
        Map<String, Object> edit = institution("Energy Regime", "REGIME", "ACTIVE");
        edit.put("version", 0);
        send(put("/api/institutions/" + id), edit).andExpect(status().isOk());
        edit.put("status", "DEFUNCT");
        send(put("/api/institutions/" + id), edit)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.status").value("ACTIVE"))
                .andExpect(jsonPath("$.current.version").value(1));
        edit.remove("version");
        send(put("/api/institutions/" + id), edit)
                .andExpect(status().isBadRequest())
                .andExpect(rule("version", "required"));
    }

    @Test
    void anInstitutionOthersRelateToCannotBeDeleted() throws Exception {
        long summit = create(institution("Trilateral Summit", "SUMMIT", "ACTIVE"))
                .get("id")
                .asLong();
        Map<String, Object> secretariat = institution("Trilateral Cooperation Secretariat", "ORGANISATION", "ACTIVE");
        secretariat.put("relations", List.of(Map.of("kind", "EMBEDDED_IN", "targetId", summit)));
        long tcs = create(secretariat).get("id").asLong();

        mvc.perform(delete("/api/institutions/" + summit).with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("Trilateral Cooperation Secretariat")));
        mvc.perform(delete("/api/institutions/" + tcs).with(admin())).andExpect(status().isNoContent());
        mvc.perform(delete("/api/institutions/" + summit).with(admin())).andExpect(status().isNoContent());
    }

    @Test
    void anInstitutionIsFoundByNameAcronymOrAlias() throws Exception {
        Map<String, Object> body = institution("Six Party Talks", "TALKS", "SUSPENDED");
        body.putAll(Map.of("acronym", "6PT" + tag, "aliases", List.of("KEDO talks " + tag)));
        long id = create(body).get("id").asLong();

        assertThat(institutions.named("  the Six Party Talks " + tag + " "))
                .map(InstitutionView::id)
                .contains(new InstitutionId(id));
        assertThat(institutions.named("six-party talks " + tag.toUpperCase()))
                .map(InstitutionView::id)
                .contains(new InstitutionId(id));
        assertThat(institutions.named("6pt" + tag)).map(InstitutionView::id).contains(new InstitutionId(id));
        assertThat(institutions.named("The KEDO Talks " + tag))
                .map(InstitutionView::id)
                .contains(new InstitutionId(id));
        assertThat(institutions.named("Six Party " + tag)).isEmpty();
        assertThat(institutions.named(" ")).isEmpty();
    }

    @Test
    void theListIsFilteredByNameAndIssueArea() throws Exception {
        Map<String, Object> pipeline = institution("Gas Pipeline", "PROJECT", "PROPOSED");
        pipeline.putAll(Map.of("aliases", List.of("Trans-Korean pipe " + tag), "issueAreas", List.of("ENERGY")));
        create(pipeline);
        Map<String, Object> fta = institution("Free Trade Area", "AGREEMENT", "PROPOSED");
        fta.put("issueAreas", List.of("TRADE"));
        create(fta);

        mvc.perform(get("/api/institutions").param("q", "korean pipe " + tag).with(admin()))
                .andExpect(jsonPath("$[*].name").value(hasItem("Gas Pipeline " + tag)))
                .andExpect(jsonPath("$[*].name").value(not(hasItem("Free Trade Area " + tag))));
        mvc.perform(get("/api/institutions")
                        .param("q", tag)
                        .param("issueArea", "TRADE")
                        .with(admin()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Free Trade Area " + tag));
        mvc.perform(get("/api/institutions").param("issueArea", "GASTRONOMY").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("issueArea", "type"));
    }

    @Test
    void theIssueAreasArePublic() throws Exception {
        mvc.perform(get("/api/issue-areas"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(IssueArea.values().length))
                .andExpect(jsonPath("$[?(@.code=='NUCLEAR_SAFETY')].label").value("nuclear safety"));
    }

    private JsonNode create(Map<String, Object> body) throws Exception {
        String response = send(post("/api/institutions"), body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(response);
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Map<String, Object> body)
            throws Exception {
        return mvc.perform(
                request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static org.springframework.test.web.servlet.ResultMatcher rule(String field, String rule) {
        return jsonPath("$.violations[?(@.field=='" + field + "')].rule").value(hasItem(rule));
    }
}
