package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import plenary.directory.CurrentAccount;
import plenary.directory.Role;

@PlenaryIntegrationTest
class InstitutionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    InstitutionRecords records;

    @Autowired
    Institutions institutions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private InstitutionView stored(String name, List<InstitutionRelation> relations) {
        return CurrentAccount.asSystem(() -> records.create(new InstitutionForm(
                name + " " + tag,
                null,
                List.of(),
                InstitutionKind.FORUM,
                InstitutionStatus.ACTIVE,
                LocalDate.of(2005, 1, 1),
                null,
                Set.of(IssueArea.SECURITY),
                null,
                null,
                List.of(),
                List.of(new MemberState("JP", LocalDate.of(2005, 12, 14), null, null)),
                relations,
                null)));
    }

    private long count(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM institution WHERE name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    @Test
    void aFormWithErrorsShowsThemBesideTheFieldsAndSavesNothing() throws Exception {
        String name = "Unsaved Regime " + tag;
        String html = mvc.perform(post("/institutions")
                        .with(admin())
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "REGIME")
                        .param("status", "PROPOSED")
                        .param("foundedOn", "2010-05-01")
                        .param("endedOn", "2001-05-01")
                        .param("members", "KR joined 2003-08-27\nkorea")
                        .param("relations", "EMBEDDED_IN No Such Forum " + tag))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("id=\"endedOn-error\"").contains("must not be before the day it was founded");
        assertThat(html)
                .contains("id=\"members-error\"")
                .contains("“korea”: country must be an ISO 3166 alpha-2 country code");
        assertThat(html)
                .contains("id=\"relations-error\"")
                .contains("no institution is named “No Such Forum " + tag + "”");
        assertThat(html).contains("value=\"" + name + "\"").contains("KR joined 2003-08-27\nkorea</textarea>");
        assertThat(count(name)).isZero();
    }

    @Test
    void aRussianReaderIsToldHowToWriteAMembersLineInRussian() throws Exception {
        String name = "Unsaved Russian Regime " + tag;
        String html = mvc.perform(post("/institutions")
                        .with(admin())
                        .with(csrf())
                        .header("Accept-Language", "ru")
                        .param("name", name)
                        .param("kind", "REGIME")
                        .param("status", "PROPOSED")
                        .param("members", "KR joined yesterday"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("id=\"members-error\"")
                .contains("в строке должны стоять код страны и, если известны, дни вступления и выхода и номер "
                        + "источника, например «KR joined 2005-12-14 left 2010-01-01 [1]»")
                .doesNotContain("must be a country code");
        assertThat(count(name)).isZero();
    }

    @Test
    void aDateThatIsNoDateIsShownBesideItsField() throws Exception {
        String html = mvc.perform(post("/institutions")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Typo Talks " + tag)
                        .param("kind", "TALKS")
                        .param("status", "ACTIVE")
                        .param("foundedOn", "two thousand"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"foundedOn-error\"");
        assertThat(count("Typo Talks " + tag)).isZero();
    }

    @Test
    void aValidFormSavesAliasesIssueAreasMembersAndRelations() throws Exception {
        InstitutionView eas = stored("East Asia Summit", List.of());
        String name = "Nuclear Safety Mechanism " + tag;
        mvc.perform(post("/institutions")
                        .with(accounts.of(Role.CO_CHAIR).basic())
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "MECHANISM")
                        .param("status", "PROPOSED")
                        .param("aliases", "NSM " + tag + "\n\nnuclear safety body " + tag)
                        .param("issueAreas", "NUCLEAR_SAFETY", "ENERGY")
                        .param("sources", "Seoul statement | https://example.org/seoul | 2026-11-30")
                        .param("source", "1")
                        .param("members", "KR joined 2012-05-13 [1]\nJP")
                        .param("relations", "embedded in the East Asia Summit " + tag))
                .andExpect(redirectedUrl("/institutions"));

        InstitutionView saved = institutions.named("NSM " + tag).orElseThrow();
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.aliases()).containsExactly("NSM " + tag, "nuclear safety body " + tag);
        assertThat(saved.issueAreas()).containsExactly(IssueArea.NUCLEAR_SAFETY, IssueArea.ENERGY);
        assertThat(saved.members())
                .containsExactly(new MemberState("KR", LocalDate.of(2012, 5, 13), null, 0), new MemberState("JP"));
        assertThat(saved.sources())
                .containsExactly(new InstitutionSource(
                        "Seoul statement", "https://example.org/seoul", LocalDate.of(2026, 11, 30)));
        assertThat(saved.sourceIndex()).isZero();
        assertThat(saved.relations())
                .containsExactly(new InstitutionRelation(
                        RelationKind.EMBEDDED_IN, eas.id().value()));
    }

    @Test
    void writersEditAndOthersReadTheSamePage() throws Exception {
        InstitutionView eas = stored("Summit", List.of());
        InstitutionView forum = stored(
                "Forum",
                List.of(new InstitutionRelation(
                        RelationKind.EMBEDDED_IN, eas.id().value())));

        String edit = mvc.perform(get("/institutions/" + forum.id())
                        .with(accounts.of(Role.RAPPORTEUR).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(edit)
                .contains("<form method=\"post\" action=\"/institutions/" + forum.id() + "\"")
                .contains("JP joined 2005-12-14</textarea>")
                .contains("EMBEDDED_IN Summit " + tag + "</textarea>")
                .contains("value=\"SECURITY\" checked");

        String read = mvc.perform(get("/institutions/" + forum.id())
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(read)
                .doesNotContain("<form method=\"post\" action=\"/institutions/")
                .contains("Japan (JP), joined 14 December 2005")
                .contains("embedded in <a href=\"/institutions/" + eas.id() + "\">Summit " + tag);
    }

    @Test
    void theListShowsKindStatusAndIssueAreasAndFilters() throws Exception {
        stored("Listed Forum", List.of());
        String html = mvc.perform(get("/institutions")
                        .param("q", "listed forum " + tag)
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Listed Forum " + tag)
                .contains("<td>forum</td>")
                .contains("<span class=\"badge badge-open\">active</span>")
                .contains("regional security")
                .doesNotContain("New institution");
        String none = mvc.perform(get("/institutions")
                        .param("q", "listed forum " + tag)
                        .param("issueArea", "TRADE")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none)
                .doesNotContain("Listed Forum " + tag)
                .contains("No institution matches.")
                .contains("New institution");
    }

    @Test
    void aRussianReaderSeesTheInstitutionInRussianWithDaysInWords() throws Exception {
        InstitutionView forum = stored("Forum", List.of());

        String list = mvc.perform(get("/institutions")
                        .param("q", "forum " + tag)
                        .header("Accept-Language", "ru")
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list)
                .contains("<h1 id=\"page-heading\">Институты и процессы</h1>")
                .contains("<td>форум</td>")
                .contains("<span class=\"badge badge-open\">действует</span>")
                .contains("региональная безопасность");

        String read = mvc.perform(get("/institutions/" + forum.id())
                        .header("Accept-Language", "ru")
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(read)
                .contains("основан 1 января 2005 г.")
                .contains("вступило 14 декабря 2005 г.")
                .contains("Государства-члены")
                .contains("<li>Япония (JP), вступило")
                .contains("Что на него ссылается");
    }

    @Test
    void theHistorySaysAChangeFromTheReferenceDataInTheReadersLanguage() throws Exception {
        InstitutionView forum = stored("Referenced Forum", List.of());
        jdbc.sql("UPDATE institution_revision SET changed_by = :by WHERE institution_id = :id")
                .param("by", InstitutionRevision.byReferenceData(7))
                .param("id", forum.id().value())
                .update();

        assertThat(page("/institutions/" + forum.id(), "ru"))
                .contains("<td>справочные данные, версия 7</td>")
                .doesNotContain("reference data version");
        assertThat(page("/institutions/" + forum.id(), "en"))
                .contains("<td>reference data version 7</td>")
                .contains("<li>Japan (JP), joined");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path)
                        .header("Accept-Language", language)
                        .with(accounts.of(Role.PARTICIPANT).basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void deletingFromThePageIsRefusedWhileAnotherInstitutionRelatesToIt() throws Exception {
        InstitutionView summit = stored("Kept Summit", List.of());
        InstitutionView linked = stored(
                "Linked Forum",
                List.of(new InstitutionRelation(
                        RelationKind.LINKED_TO, summit.id().value())));
        String refused = mvc.perform(post("/institutions/" + summit.id() + "/delete")
                        .with(admin())
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Not deleted").contains("Linked Forum " + tag);
        mvc.perform(post("/institutions/" + linked.id() + "/delete")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/institutions"));
        assertThat(institutions.find(linked.id())).isEmpty();
        assertThat(institutions.find(summit.id())).isPresent();
    }
}
