package plenary.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.directory.CurrentAccount;

/** The fragment of suggested links an editor asks for as its text is typed. */
@PlenaryIntegrationTest
class SuggestionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstitutionRecords records;

    private final String tag = "x" + UUID.randomUUID().toString().substring(0, 8);

    private long stored(String name, String acronym) {
        return CurrentAccount.asSystem(() -> records.create(new InstitutionForm(
                        name + " " + tag,
                        acronym + tag,
                        List.of(),
                        InstitutionKind.TALKS,
                        InstitutionStatus.ACTIVE,
                        null,
                        null,
                        Set.of(),
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        null)))
                .id()
                .value();
    }

    @Test
    void theFragmentOffersTheInstitutionsTheTextNamesThatAreNotLinkedYetUnticked() throws Exception {
        long talks = stored("Six Party Talks", "SPT");
        long summit = stored("East Asia Summit", "EAS");
        String html = mvc.perform(post("/institutions/suggestions")
                        .with(admin())
                        .with(csrf())
                        .param("from", "summary")
                        .param("field", "subjects.institutionIds")
                        .param("target", "suggested-institutions")
                        .param(
                                "summary",
                                "He proposed that SPT" + tag + " be embedded into the east asia summit " + tag + ".")
                        .param("subjects.institutionIds", String.valueOf(summit)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html)
                .contains("<div id=\"suggested-institutions\"")
                .contains("<input type=\"checkbox\" name=\"subjects.institutionIds\" value=\"" + talks + "\">"
                        + " Link to the Six Party Talks " + tag + " (found “SPT" + tag + "”)")
                .doesNotContain("value=\"" + summit + "\"")
                .doesNotContain("checked");
    }

    @Test
    void aTextThatNamesNoInstitutionGetsAnEmptyPlace() throws Exception {
        String html = mvc.perform(post("/institutions/suggestions")
                        .with(admin())
                        .with(csrf())
                        .param("from", "text")
                        .param("field", "institutionIds")
                        .param("target", "suggested-paragraph-para_1")
                        .param("text", "Energy security is part of human security."))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<div id=\"suggested-paragraph-para_1\"").doesNotContain("checkbox");
    }

    @Test
    void aFieldNameThatIsNoFieldIsRefused() throws Exception {
        mvc.perform(post("/institutions/suggestions")
                        .with(admin())
                        .with(csrf())
                        .param("from", "text")
                        .param("field", "\"><script>")
                        .param("target", "t")
                        .param("text", "the Six Party Talks"))
                .andExpect(status().isBadRequest());
    }
}
