package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database refusal that is not a conflict (here a CHECK constraint, as H2 reports it when its database has
 * been closed under it) is answered 500 and logged, never passed off as "conflicts with other records".
 */
class UnexpectedFailureTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingApi())
            .setControllerAdvice(new ApiProblems())
            .build();

    @Test
    void aRefusalThatIsNoConflictIsAnsweredAsAServerErrorWithAReference() throws Exception {
        mvc.perform(post("/api/failing/check"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("/problems/internal-error"))
                .andExpect(jsonPath("$.reference").isString());
    }

    @Test
    void aDuplicateIsAConflictThatNamesItsConstraint() throws Exception {
        mvc.perform(post("/api/failing/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("/problems/duplicate"))
                .andExpect(jsonPath("$.constraint").value("thing_name_unique"));
    }

    @Test
    void anyOtherExceptionIsAServerErrorProblemNotAPlainBody() throws Exception {
        String body = mvc.perform(post("/api/failing/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("NullPointerException").doesNotContain("at plenary.");
    }

    @RestController
    static class FailingApi {

        @PostMapping("/api/failing/check")
        void check() throws SQLException {
            throw refusal("INSERT INTO thing (status) VALUES ('UNKNOWN')");
        }

        @PostMapping("/api/failing/duplicate")
        void duplicate() throws SQLException {
            throw refusal("INSERT INTO thing (status, name) VALUES ('KNOWN', 'twice')");
        }

        @PostMapping("/api/failing/bug")
        void bug() {
            throw new NullPointerException("a bug");
        }

        /** The exception a real H2 database raises for the statement, as Spring's translation wraps it. */
        private static DataIntegrityViolationException refusal(String statement) throws SQLException {
            try (Connection c = DriverManager.getConnection("jdbc:h2:mem:failing;MODE=PostgreSQL")) {
                c.createStatement()
                        .execute("CREATE TABLE thing (status VARCHAR(10), name VARCHAR(10), "
                                + "CONSTRAINT thing_status_known CHECK (status IN ('KNOWN')), "
                                + "CONSTRAINT thing_name_unique UNIQUE (name))");
                c.createStatement().execute("INSERT INTO thing (status, name) VALUES ('KNOWN', 'twice')");
                c.createStatement().execute(statement);
                throw new IllegalStateException("the database accepted " + statement);
            } catch (SQLException e) {
                return new DataIntegrityViolationException(e.getMessage(), e);
            }
        }
    }
}
