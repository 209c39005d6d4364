package plenary.reports;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import plenary.JsonApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The reports' HTTP requests of the tests, signed in as someone, or as no one when the signer is null. */
final class ReportHttp {

    private final JsonApi api;
    private final ObjectMapper json;

    ReportHttp(MockMvc mvc, ObjectMapper json) {
        this.api = new JsonApi(mvc, json);
        this.json = json;
    }

    MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return api.get(path, who).andReturn().getResponse();
    }

    MockHttpServletResponse post(String path, RequestPostProcessor who, String body) throws Exception {
        return api.post(path, who, body).andReturn().getResponse();
    }

    MockHttpServletResponse put(String path, RequestPostProcessor who, String body) throws Exception {
        return api.put(path, who, body).andReturn().getResponse();
    }

    JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    /** The JSON answer, failing unless the status is the one expected. */
    JsonNode expect(int status, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() != status) {
            throw new AssertionError(
                    "expected " + status + " but got " + response.getStatus() + ": " + response.getContentAsString());
        }
        return response.getContentAsString().isEmpty() ? null : read(response);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }
}
