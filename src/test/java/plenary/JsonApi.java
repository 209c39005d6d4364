package plenary;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** JSON requests of the tests, signed in as someone, or as no one when the signer is null. */
public final class JsonApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    public JsonApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public ResultActions get(String path, RequestPostProcessor who) throws Exception {
        return perform(MockMvcRequestBuilders.get(path), who);
    }

    public ResultActions post(String path, RequestPostProcessor who, String body) throws Exception {
        return perform(
                MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                who);
    }

    public ResultActions put(String path, RequestPostProcessor who, String body) throws Exception {
        return perform(
                MockMvcRequestBuilders.put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                who);
    }

    public ResultActions delete(String path, RequestPostProcessor who) throws Exception {
        return perform(MockMvcRequestBuilders.delete(path), who);
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** Posts and answers the created record, failing unless it was created. */
    public JsonNode created(String path, RequestPostProcessor who, String body) throws Exception {
        return expect(post(path, who, body), 201, "POST " + path);
    }

    /** Puts and answers the changed record, failing unless it was changed. */
    public JsonNode changed(String path, RequestPostProcessor who, String body) throws Exception {
        return expect(put(path, who, body), 200, "PUT " + path);
    }

    private JsonNode expect(ResultActions result, int status, String what) throws Exception {
        var response = result.andReturn().getResponse();
        if (response.getStatus() != status) {
            throw new AssertionError(what + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return read(result);
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(who == null ? request : request.with(who));
    }
}
