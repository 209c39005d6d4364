package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;
import tools.jackson.databind.ObjectMapper;

/**
 * Dates, sources, relation circles, history, the picture of a day and the filters, through the API and the
 * pages: every bad input refused with its field and rule, and nothing changed.
 */
@PlenaryIntegrationTest
class InstitutionArchitectureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    InstitutionRecords records;

    @Autowired
    Institutions institutions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private static final InstitutionSource STATEMENT =
            new InstitutionSource("Joint statement", "https://example.org/statement", LocalDate.of(2026, 11, 30));

    private InstitutionView stored(String name, InstitutionKind kind, List<InstitutionRelation> relations) {
        return CurrentAccount.asSystem(() -> records.create(new InstitutionForm(
                name + " " + tag,
                null,
                List.of(),
                kind,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2003, 8, 27),
                LocalDate.of(2010, 6, 30),
                Set.of(IssueArea.SECURITY),
                null,
                0,
                List.of(STATEMENT),
                List.of(
                        new MemberState("KR", LocalDate.of(2003, 8, 27), null, 0),
                        new MemberState("JP", LocalDate.of(2005, 12, 14), LocalDate.of(2008, 12, 31), 0)),
                relations,
                null)));
    }

    private InstitutionView stored(String name) {
        return stored(name, InstitutionKind.FORUM, List.of());
    }

    private Map<String, Object> body(InstitutionView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", view.name());
        body.put("kind", view.kind());
        body.put("status", view.status());
        body.put("sourceIndex", 0);
        body.put("sources", List.of(STATEMENT));
        body.put("members", view.members());
        body.put("relations", view.relations());
        body.put("version", view.version());
        return body;
    }

    private Map<String, String> page(InstitutionView view) {
        Map<String, String> page = new LinkedHashMap<>();
        page.put("name", view.name());
        page.put("kind", view.kind().name());
        page.put("status", view.status().name());
        page.put("source", "1");
        page.put("sources", "Joint statement | https://example.org/statement | 2026-11-30");
        page.put("members", "KR joined 2003-08-27 [1]");
        page.put("relations", "");
        page.put("version", Integer.toString(view.version()));
        return page;
    }

    /** Sends the body through the API and the page form, expects both refused, and the institution unchanged. */
    private void refused(
            InstitutionView view,
            Map<String, Object> body,
            Map<String, String> page,
            String field,
            String rule,
            String pageField,
            String pageMessage)
            throws Exception {
        String before = current(view);
        mvc.perform(put("/api/institutions/" + view.id())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isBadRequest())
                .andExpect(rule(field, rule));
        MockHttpServletRequestBuilder form =
                post("/institutions/" + view.id()).with(admin()).with(csrf());
        page.forEach(form::param);
        String html = mvc.perform(form)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"" + pageField + "-error\"").contains(pageMessage);
        assertThat(current(view)).isEqualTo(before);
    }

    private String current(InstitutionView view) throws Exception {
        return mvc.perform(get("/api/institutions/" + view.id()).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static ResultMatcher rule(String field, String rule) {
        return jsonPath("$.violations[?(@.field=='" + field + "')].rule").value(hasItem(rule));
    }

    @Test
    void aMembershipThatEndsBeforeItStartsIsRefused() throws Exception {
        InstitutionView talks = stored("Ending Talks");
        Map<String, Object> body = body(talks);
        body.put(
                "members",
                List.of(
                        new MemberState("KR"),
                        new MemberState("JP"),
                        new MemberState("CN", LocalDate.of(2005, 1, 1), LocalDate.of(2004, 12, 31), 0)));
        Map<String, String> page = page(talks);
        page.put("members", "KR\nJP\nCN joined 2005-01-01 left 2004-12-31 [1]");
        refused(
                talks,
                body,
                page,
                "members[2].leftOn",
                "order",
                "members",
                "“CN joined 2005-01-01 left 2004-12-31 [1]”: left on must not be before the day it joined");
    }

    @Test
    void aRelationToItselfIsRefused() throws Exception {
        InstitutionView forum = stored("Mirror Forum");
        Map<String, Object> body = body(forum);
        body.put(
                "relations",
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, forum.id().value(), 0)));
        Map<String, String> page = page(forum);
        page.put("relations", "LINKED_TO " + forum.name() + " [1]");
        refused(
                forum,
                body,
                page,
                "relations[0].targetId",
                "not-self",
                "relations",
                "target id must be another institution, not this one");
    }

    @Test
    void aCircleOfPartOfIsRefused() throws Exception {
        InstitutionView whole = stored("Whole Forum");
        InstitutionView part = stored(
                "Part Forum",
                InstitutionKind.FORUM,
                List.of(new InstitutionRelation(RelationKind.PART_OF, whole.id().value(), 0)));
        Map<String, Object> body = body(whole);
        body.put(
                "relations",
                List.of(new InstitutionRelation(RelationKind.PART_OF, part.id().value(), 0)));
        Map<String, String> page = page(whole);
        page.put("relations", "PART_OF " + part.name() + " [1]");
        refused(whole, body, page, "relations[0]", "no-cycle", "relations", "would close a circle");
    }

    @Test
    void aCircleOfSuccessorOfIsRefused() throws Exception {
        InstitutionView first = stored("First Talks", InstitutionKind.TALKS, List.of());
        InstitutionView second = stored(
                "Second Talks",
                InstitutionKind.TALKS,
                List.of(new InstitutionRelation(
                        RelationKind.SUCCESSOR_OF, first.id().value(), 0)));
        InstitutionView third = stored(
                "Third Talks",
                InstitutionKind.TALKS,
                List.of(new InstitutionRelation(
                        RelationKind.SUCCESSOR_OF, second.id().value(), 0)));
        Map<String, Object> body = body(first);
        body.put(
                "relations",
                List.of(new InstitutionRelation(
                        RelationKind.SUCCESSOR_OF, third.id().value(), 0)));
        Map<String, String> page = page(first);
        page.put("relations", "SUCCESSOR_OF " + third.name());
        refused(first, body, page, "relations[0]", "no-cycle", "relations", "would close a circle");
    }

    @Test
    void anUnknownStateCodeIsRefused() throws Exception {
        InstitutionView forum = stored("Stateless Forum");
        Map<String, Object> body = body(forum);
        body.put("members", List.of(new MemberState("KR"), new MemberState("QQ")));
        Map<String, String> page = page(forum);
        page.put("members", "KR\nQQ joined 2001-01-01");
        refused(
                forum,
                body,
                page,
                "members[1].country",
                "format",
                "members",
                "“QQ joined 2001-01-01”: country must be an ISO 3166 alpha-2 country code");
    }

    @Test
    void aSourceWithoutACitationIsRefused() throws Exception {
        InstitutionView forum = stored("Uncited Forum");
        Map<String, Object> body = body(forum);
        body.put("sources", List.of(new InstitutionSource(" ", null, LocalDate.of(2026, 11, 30))));
        Map<String, String> page = page(forum);
        page.put("sources", " | https://example.org/ | 2026-11-30");
        refused(forum, body, page, "sources[0].citation", "required", "sources", "citation must be given");
    }

    @Test
    void aSourceWithoutADateIsRefused() throws Exception {
        InstitutionView forum = stored("Undated Forum");
        Map<String, Object> body = body(forum);
        body.put("sources", List.of(new InstitutionSource("A book", null, null)));
        Map<String, String> page = page(forum);
        page.put("sources", "A book");
        refused(forum, body, page, "sources[0].checkedOn", "required", "sources", "“A book”: checked on must be given");
    }

    @Test
    void aMemberOrRelationPointingAtAMissingSourceIsRefused() throws Exception {
        InstitutionView target = stored("Pointed Forum");
        InstitutionView forum = stored("Pointing Forum");
        Map<String, Object> body = body(forum);
        body.put("members", List.of(new MemberState("KR", null, null, 1)));
        body.put(
                "relations",
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, target.id().value(), 3)));
        Map<String, String> page = page(forum);
        page.put("members", "KR [2]");
        refused(
                forum,
                body,
                page,
                "members[0].sourceIndex",
                "exists",
                "members",
                "“KR [2]”: source must point at one of the 1 sources given");
        String before = current(forum);
        mvc.perform(put("/api/institutions/" + forum.id())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(rule("relations[0].sourceIndex", "exists"));
        Map<String, String> relation = page(forum);
        relation.put("relations", "LINKED_TO " + target.name() + " [4]");
        MockHttpServletRequestBuilder form =
                post("/institutions/" + forum.id()).with(admin()).with(csrf());
        relation.forEach(form::param);
        assertThat(mvc.perform(form).andReturn().getResponse().getContentAsString())
                .contains("id=\"relations-error\"")
                .contains("source must point at one of the 1 sources given");
        assertThat(current(forum)).isEqualTo(before);
    }

    @Test
    void everyChangeIsKeptWithWhoAndWhatChanged() throws Exception {
        InstitutionView forum = stored("Changing Forum");
        Map<String, Object> body = body(forum);
        body.put("status", InstitutionStatus.SUSPENDED);
        body.put("members", List.of(new MemberState("KR", LocalDate.of(2003, 8, 27), null, 0)));
        body.put("foundedOn", "2003-08-27");
        body.put("endedOn", "2010-06-30");
        body.put("issueAreas", List.of("SECURITY"));
        mvc.perform(put("/api/institutions/" + forum.id())
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().isOk());

        mvc.perform(get("/api/institutions/" + forum.id() + "/history").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].revision").value(1))
                .andExpect(jsonPath("$[0].changedBy").value("plenary"))
                .andExpect(jsonPath("$[0].changes[0]").value("created"))
                .andExpect(jsonPath("$[1].changedBy").value("admin"))
                .andExpect(jsonPath("$[1].changes.length()").value(2))
                .andExpect(jsonPath("$[1].changes[0]").value("status"))
                .andExpect(jsonPath("$[1].changes[1]").value("members"))
                .andExpect(jsonPath("$[1].snapshot.status").value("SUSPENDED"));
        String html = mvc.perform(get("/institutions/" + forum.id()).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("<h2 id=\"history\">History</h2>")
                .contains("<td>admin</td>")
                .contains("<td>status, members</td>");
    }

    @Test
    void theArchitectureOfADayHasWhatExistedThenWithItsMembersThen() {
        InstitutionView forum = stored("Dated Forum");
        InstitutionId id = forum.id();
        assertThat(institutions.asOf(LocalDate.of(2003, 8, 26)))
                .extracting(InstitutionView::id)
                .doesNotContain(id);
        assertThat(member(LocalDate.of(2003, 8, 27), id)).containsExactly("KR");
        assertThat(member(LocalDate.of(2005, 12, 13), id)).containsExactly("KR");
        assertThat(member(LocalDate.of(2005, 12, 14), id)).containsExactly("KR", "JP");
        assertThat(member(LocalDate.of(2008, 12, 31), id)).containsExactly("KR", "JP");
        assertThat(member(LocalDate.of(2009, 1, 1), id)).containsExactly("KR");
        assertThat(member(LocalDate.of(2010, 6, 30), id)).containsExactly("KR");
        assertThat(institutions.asOf(LocalDate.of(2010, 7, 1)))
                .extracting(InstitutionView::id)
                .doesNotContain(id);
        // The seed's world in the reference data: no CPTPP, no RCEP, no KEDO (until 2006), and the TPP under
        // negotiation among the nine of that November.
        List<InstitutionView> seedsWorld = institutions.asOf(LocalDate.of(2011, 11, 14));
        assertThat(seedsWorld)
                .extracting(InstitutionView::name)
                .contains("East Asia Summit", "Six Party Talks", "Trans-Pacific Partnership")
                .doesNotContain(
                        "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
                        "Regional Comprehensive Economic Partnership",
                        "Korean Peninsula Energy Development Organization");
        assertThat(seedsWorld.stream()
                        .filter(i -> i.name().equals("Trans-Pacific Partnership"))
                        .flatMap(i -> i.members().stream())
                        .map(MemberState::country))
                .containsExactlyInAnyOrder("AU", "BN", "CL", "MY", "NZ", "PE", "SG", "US", "VN");
    }

    private List<String> member(LocalDate day, InstitutionId id) {
        return institutions.asOf(day).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow()
                .members()
                .stream()
                .map(MemberState::country)
                .toList();
    }

    @Test
    void theListFiltersByKindStatusMemberIssueAreaAndDay() throws Exception {
        InstitutionView talks = stored("Filtered Talks", InstitutionKind.TALKS, List.of());
        String id = "$[?(@.id==" + talks.id() + ")]";
        mvc.perform(get("/api/institutions").param("kind", "TALKS").with(admin()))
                .andExpect(jsonPath(id).isNotEmpty())
                .andExpect(jsonPath("$[?(@.kind!='TALKS')]").isEmpty());
        mvc.perform(get("/api/institutions").param("kind", "FORUM").with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        mvc.perform(get("/api/institutions").param("status", "ACTIVE").with(admin()))
                .andExpect(jsonPath(id).isNotEmpty())
                .andExpect(jsonPath("$[?(@.status!='ACTIVE')]").isEmpty());
        mvc.perform(get("/api/institutions").param("status", "DEFUNCT").with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        mvc.perform(get("/api/institutions").param("member", "JP").with(admin()))
                .andExpect(jsonPath(id).isNotEmpty());
        mvc.perform(get("/api/institutions").param("member", "KP").with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        mvc.perform(get("/api/institutions").param("issueArea", "SECURITY").with(admin()))
                .andExpect(jsonPath(id).isNotEmpty());
        mvc.perform(get("/api/institutions").param("issueArea", "TRADE").with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        String asOf = mvc.perform(
                        get("/api/institutions").param("asOf", "2009-01-01").with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> members = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode i : json.readTree(asOf)) {
            if (i.get("id").asLong() == talks.id().value()) {
                i.get("members").forEach(m -> members.add(m.get("country").asString()));
            }
        }
        assertThat(members).containsExactly("KR");
        mvc.perform(get("/api/institutions").param("asOf", "2003-01-01").with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        // Together: AND.
        mvc.perform(get("/api/institutions")
                        .param("kind", "TALKS")
                        .param("member", "JP")
                        .param("asOf", "2009-01-01")
                        .with(admin()))
                .andExpect(jsonPath(id).isEmpty());
        mvc.perform(get("/api/institutions").param("kind", "TRACK_TWO").with(admin()))
                .andExpect(jsonPath("$[?(@.acronym=='CSCAP')]").isNotEmpty());
    }

    @Test
    void aBadFilterIsNamedWithItsRule() throws Exception {
        mvc.perform(get("/api/institutions").param("kind", "CLUB").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("kind", "type"));
        mvc.perform(get("/api/institutions").param("status", "DORMANT").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("status", "type"));
        mvc.perform(get("/api/institutions").param("member", "kr").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("member", "format"));
        mvc.perform(get("/api/institutions").param("issueArea", "GASTRONOMY").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("issueArea", "type"));
        mvc.perform(get("/api/institutions").param("asOf", "14 November 2011").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(rule("asOf", "type"));
    }
}
