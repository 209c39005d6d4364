package plenary.directory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.web.PageSliceTest;

/**
 * The directory's page controllers alone, as every page slice of the module sees them: the real pages, templates,
 * layout and security, with the directory's commands and reads mocked. The secretariat signs in; committee 5 is
 * CSCAP-Russia, person 70 belongs to it, and account 7 is theirs. All slices of the module declare the same beans,
 * so they share one application context.
 */
@PageSliceTest({CommitteePages.class, PersonPages.class, AccountPages.class})
abstract class DirectoryPageSlice {

    static final CommitteeView RUSSIA = new CommitteeView(
            new CommitteeId(5),
            "Russian National Committee of CSCAP",
            "CSCAP-Russia",
            CommitteeKind.MEMBER_COMMITTEE,
            Nationality.RU,
            2);
    static final PersonView PAVEL = new PersonView(
            new PersonId(70),
            "Pavel Kedrovsky",
            Nationality.RU,
            "Institute of Far Eastern Studies",
            new CommitteeId(5),
            Pronoun.HE,
            "pavel@example.org",
            4);
    static final AccountView PAVELS_ACCOUNT =
            new AccountView(7, "pkedrovsky", 70L, Set.of(Role.RAPPORTEUR), true, 3, null);

    static final PlenaryAccount SECRETARY =
            new PlenaryAccount(1, "secretary", "", null, Set.of(Role.SECRETARIAT), true, false);
    static final PlenaryAccount CO_CHAIR =
            new PlenaryAccount(2, "cochair", "", 71L, Set.of(Role.CO_CHAIR, Role.PARTICIPANT), true, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommitteeRecords committees;

    @MockitoBean
    PersonRecords people;

    @MockitoBean
    AccountRecords accounts;

    @MockitoBean
    Directory directory;

    @MockitoBean
    ApiTokenRecords tokens;

    static RequestPostProcessor secretary() {
        return user(SECRETARY);
    }

    static RequestPostProcessor coChair() {
        return user(CO_CHAIR);
    }

    /** The page as the secretariat gets it, expecting that status. */
    String html(MockHttpServletRequestBuilder request, int expected) throws Exception {
        return mvc.perform(request.with(secretary()))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
