package plenary.reports;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The reports' HTTP requests of the tests, signed in as someone, or as no one when the signer is null. */
final class ReportHttp {

    private final MockMvc mvc;
    private final ObjectMapper json;

    ReportHttp(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), who);
    }

    MockHttpServletResponse post(String path, RequestPostProcessor who, String body) throws Exception {
        return perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body), who);
    }

    MockHttpServletResponse put(String path, RequestPostProcessor who, String body) throws Exception {
        return perform(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(body), who);
    }

    JsonNode read(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    /** The JSON answer, failing unless the status is the one expected. */
    JsonNode expect(int status, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() != status) {
            throw new AssertionError("expected " + status + " but got " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        return response.getContentAsString().isEmpty() ? null : read(response);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(who == null ? request : request.with(who)).andReturn().getResponse();
    }
}
