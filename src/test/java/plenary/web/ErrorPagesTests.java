package plenary.web;

import static org.hamcrest.Matchers.containsString;
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
