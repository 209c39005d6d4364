package plenary.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;

/** What the container's error page answers: never a 500 for a visit, a problem detail for programs. */
@PlenaryIntegrationTest
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void visitingTheErrorPageItselfFindsNothingThere() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is nothing at /error")));
        mvc.perform(get("/error"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownAddressIsNotFoundForOneWhoIsNotSignedInWhereAKnownPageAsksForTheSignIn() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/12/no-such-part").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meetings").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/actuator/metrics").accept(MediaType.TEXT_HTML)).andExpect(status().isFound());
    }

    @Test
    void aRussianReaderIsToldInRussianThatNothingIsThere() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "ru")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Не найдено</h1>")))
                .andExpect(content().string(containsString("По адресу /nowhere ничего нет.")))
                .andExpect(content().string(containsString("Вернуться на главную страницу")));
    }

    @Test
    void aMissingRecordIsNamedInEnglishAndSaidInGeneralInRussian() throws Exception {
        mvc.perform(get("/directory/people/987654").with(TestAccounts.admin()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Not found</h1>")))
                .andExpect(content().string(containsString("Person 987654 does not exist")));
        mvc.perform(get("/directory/people/987654").with(TestAccounts.admin()).header("Accept-Language", "ru"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Не найдено</h1>")))
                .andExpect(
                        content().string(containsString("Такой записи нет: возможно, её удалили или в адресе ошибка.")))
                .andExpect(content().string(not(containsString("does not exist"))))
                .andExpect(content().string(not(containsString("Not found"))));
    }

    @Test
    void aStatusWithoutAPageOfItsOwnIsNamedInRussianByItsNumber() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/meetings/1")
                        .accept(MediaType.TEXT_HTML)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("<h1>Ошибка 409</h1>")))
                .andExpect(content().string(containsString("Запрос не удалось выполнить; ничего не изменено.")))
                .andExpect(content().string(not(containsString("Conflict"))));
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/meetings/1")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<h1>Conflict</h1>")))
                .andExpect(
                        content().string(containsString("The request could not be carried out; nothing was changed.")));
    }

    @Test
    void anUnknownApiAddressIsAProblemDetailThatNamesIt() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is nothing at /api/nothing-here."))
                .andExpect(jsonPath("$.instance").value("/api/nothing-here"));
    }

    @Test
    void aBrowserGetsAPageWithTheStatusOfTheError() throws Exception {
        mvc.perform(get("/error")
                        .accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/study-groups"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().string(containsString("Method Not Allowed")));
    }
}
