package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static plenary.web.ApiUnderTest.set;

import jakarta.validation.Valid;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.PlenaryIntegrationTest;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.kernel.PlausibleYear;
import plenary.web.ApiUnderTest.Endpoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every bound a request record declares, read from its annotations, is broken once through each endpoint that takes
 * the record: the answer is a 400 naming the field and the rule, and what the endpoint would change reads as before.
 */
@PlenaryIntegrationTest
class RequestBoundsTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService accounts;

    private ApiUnderTest api;

    /** One bound broken: where in the body, the field and rule the answer must name, and the value that breaks it. */
    record Bound(List<String> path, String field, String rule, JsonNode value) {}

    @Test
    void everyDeclaredBoundIsRefusedWithItsFieldAndRuleAndChangesNothing() throws Exception {
        api = new ApiUnderTest(mvc, json, user(accounts.loadUserByUsername("admin")));
        List<Endpoint> endpoints = api.endpoints(mappings);
        api.makeFixture();
        List<String> findings = new ArrayList<>();
        int broken = 0;
        for (Endpoint endpoint : endpoints) {
            String url = api.url(endpoint.pattern());
            for (Bound bound : bounds(endpoint.bodyType(), api.tree(api.base(endpoint, url)), List.of(), "")) {
                JsonNode body = api.tree(api.base(endpoint, url));
                set(body, bound.path(), bound.value());
                JsonNode before = state(endpoint, url);
                MockHttpServletResponse response = api.send(endpoint.method(), url, api.write(body));
                String what = endpoint.method() + " " + endpoint.pattern() + " breaking " + bound.field() + " "
                        + bound.rule();
                if (response.getStatus() != 400
                        || api.tree(response.getContentAsString())
                                .path("violations")
                                .valueStream()
                                .noneMatch(v -> v.path("field").asString().equals(bound.field())
                                        && v.path("rule").asString().equals(bound.rule()))) {
                    findings.add(what + " answered " + response.getStatus() + ": "
                            + abbreviate(response.getContentAsString()));
                } else if (!state(endpoint, url).equals(before)) {
                    findings.add(what + " changed what it was refused to change");
                }
                broken++;
            }
        }
        System.out.println(
                "RequestBoundsTests: " + broken + " bounds broken through " + endpoints.size() + " endpoints");
        assertThat(broken).as("bounds broken").isGreaterThan(60);
        assertThat(findings).isEmpty();
    }

    /** The bounds a record type declares, with the paths of the body that hold them. */
    private static List<Bound> bounds(Class<?> type, JsonNode base, List<String> path, String prefix) throws Exception {
        List<Bound> bounds = new ArrayList<>();
        if (!type.isRecord()) {
            return bounds;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            Field field = type.getDeclaredField(name);
            List<String> at = append(path, name);
            String named = prefix + name;
            JsonNode given = base == null ? null : base.get(name);
            MaxLength length = field.getAnnotation(MaxLength.class);
            if (length != null) {
                bounds.add(new Bound(at, named, "max-length", NODES.stringNode("x".repeat(length.value() + 1))));
            }
            if (field.getAnnotation(PlainText.class) != null) {
                bounds.add(new Bound(at, named, "plain-text", NODES.stringNode("a NUL \u0000 inside")));
            }
            if (field.getAnnotation(PlausibleYear.class) != null) {
                bounds.add(new Bound(at, named, "range", implausible(component.getType())));
            }
            MaxSize size = field.getAnnotation(MaxSize.class);
            if (size != null) {
                JsonNode tooMany = tooMany(component.getGenericType(), given, size.value() + 1);
                if (tooMany != null) {
                    bounds.add(new Bound(at, named, "max-size", tooMany));
                }
            }
            if (field.getAnnotation(Valid.class) != null && given != null) {
                bounds.addAll(bounds(component.getType(), given, at, named + "."));
            }
            bounds.addAll(elementBounds(component, given, at, named));
        }
        return bounds;
    }

    /** The bounds on a list's first entry (which the base body must have) and on a map's values. */
    private static List<Bound> elementBounds(RecordComponent component, JsonNode given, List<String> at, String named)
            throws Exception {
        List<Bound> bounds = new ArrayList<>();
        if (!(component.getAnnotatedType() instanceof AnnotatedParameterizedType parameterized)) {
            return bounds;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        AnnotatedType element = arguments[arguments.length - 1];
        boolean map = Map.class.isAssignableFrom(component.getType());
        if (!map && (given == null || given.isEmpty())) {
            return bounds;
        }
        List<String> entry = append(at, map ? "k" : "0");
        String field = named + (map ? "[k]" : "[0]");
        MaxLength length = element.getAnnotation(MaxLength.class);
        if (length != null) {
            bounds.add(new Bound(entry, field, "max-length", NODES.stringNode("x".repeat(length.value() + 1))));
        }
        if (element.getAnnotation(PlainText.class) != null) {
            bounds.add(new Bound(entry, field, "plain-text", NODES.stringNode("a NUL \u0000 inside")));
        }
        if (element.getAnnotation(Valid.class) != null && element.getType() instanceof Class<?> record) {
            bounds.addAll(bounds(record, given.get(0), entry, field + "."));
        }
        return bounds;
    }

    /** More entries than the bound allows, or null where no body can hold more (a set of fewer constants). */
    private static JsonNode tooMany(Type type, JsonNode given, int count) {
        ParameterizedType parameterized = (ParameterizedType) type;
        Type[] arguments = parameterized.getActualTypeArguments();
        if (Map.class.isAssignableFrom((Class<?>) parameterized.getRawType())) {
            ObjectNode entries = NODES.objectNode();
            for (int i = 0; i < count; i++) {
                entries.put("k" + i, "v");
            }
            return entries;
        }
        ArrayNode entries = NODES.arrayNode();
        if (arguments[0] instanceof Class<?> element && element.isEnum()) {
            Object[] constants = element.getEnumConstants();
            if (!List.class.isAssignableFrom((Class<?>) parameterized.getRawType()) && constants.length < count) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                entries.add(constants[i % constants.length].toString());
            }
            return entries;
        }
        JsonNode sample = given != null && !given.isEmpty()
                ? given.get(0)
                : arguments[0] == String.class
                        ? NODES.stringNode("x")
                        : arguments[0] instanceof Class<?> c && c.isRecord()
                                ? NODES.objectNode()
                                : NODES.numberNode(1L);
        for (int i = 0; i < count; i++) {
            entries.add(sample.deepCopy());
        }
        return entries;
    }

    private static JsonNode implausible(Class<?> type) {
        if (type == LocalDate.class) {
            return NODES.stringNode("2201-01-01");
        }
        return type == Instant.class ? NODES.stringNode("2201-01-01T00:00:00Z") : NODES.numberNode(2201);
    }

    /** What the endpoint would change, as its reader shows it. */
    private JsonNode state(Endpoint endpoint, String url) throws Exception {
        long meeting = api.fixture().meeting();
        if (url.contains("/report")) {
            MockHttpServletResponse state =
                    api.send(HttpMethod.GET, "/api/meetings/" + meeting + "/report/state", (String) null);
            return state.getStatus() == 404 ? NODES.nullNode() : api.tree(state.getContentAsString());
        }
        if (url.startsWith("/api/meetings/") && url.split("/").length > 4) {
            return api.read("/api/meetings/" + meeting);
        }
        if (url.contains("/circulations")) {
            JsonNode circulations = api.read("/api/memoranda/" + api.fixture().memorandum() + "/circulations");
            return url.endsWith("/circulations") ? circulations : api.read(api.circulationUrl(url, NODES.objectNode()));
        }
        if (url.startsWith("/api/imports/")) {
            // A confirmation adds a meeting.
            return api.read("/api/meetings");
        }
        if (url.startsWith("/api/memoranda/")) {
            JsonNode both = NODES.arrayNode()
                    .add(api.read("/api/memoranda/" + api.fixture().memorandum()))
                    .add(api.read("/api/memoranda/" + api.fixture().memorandum() + "/endorsement"));
            return both;
        }
        return api.read(url);
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
