package plenary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static plenary.web.ApiUnderTest.ascii;
import static plenary.web.ApiUnderTest.leaves;
import static plenary.web.ApiUnderTest.set;
import static plenary.web.ApiUnderTest.typeAt;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.PlenaryIntegrationTest;
import plenary.kernel.PlainText;
import plenary.web.ApiUnderTest.Endpoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every create and update endpoint of the API, found from the application's request mappings, receives the hostile
 * strings of {@code hostile/strings.txt}, huge and negative numbers, implausible dates and malformed bodies. Every
 * answer is a success or a 4xx problem detail; text that is not plain is refused; what was accepted reads back as
 * sent (stripped of surrounding white space, as the modules store text).
 *
 * <p>In a context and database of its own: what its attacks create (thousands of committees and people) would
 * otherwise stay in the database the other tests share, and every report composed after it would screen its text
 * against all of them (the suite's report tests took ten minutes instead of seconds when it ran first).
 */
@PlenaryIntegrationTest
@TestPropertySource(properties = "plenary.test.context=hostile-input")
class HostileInputTests {

    private static final List<String> NUMBERS = List.of(
            "-1",
            "2147483648",
            "-9223372036854775809",
            "1.5",
            "-1e400",
            "123456789012345678901234567890123456789012345678901234567890");
    private static final List<String> DATES = List.of(
            "\"+999999999-12-31\"",
            "\"-999999999-01-01\"",
            "\"0000-00-00\"",
            "\"2011-02-30\"",
            "\"1899-12-31\"",
            "\"2201-01-01\"",
            "\"+999999999-12-31T23:59:59Z\"",
            "\"yesterday\"");
    private static final List<String> WRONG_TYPES = List.of(
            "{\"x\":1}",
            "[1,2]",
            "true",
            "null",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");
    private static final List<String> MALFORMED = List.of(
            "",
            " ",
            "{",
            "}",
            "{\"",
            "[",
            "[]",
            "[{}]",
            "null",
            "true",
            "\"text\"",
            "42",
            "{\"unknown\":1}",
            "{}{}",
            "{\"version\":}",
            "{'single':'quotes'}",
            "{\"a\":1,}",
            "{\"x\":".repeat(3000) + "1" + "}".repeat(3000),
            "[".repeat(3000) + "]".repeat(3000));

    /**
     * On the second run, against PostgreSQL, only the bodies that parse into a request record are sent: the others
     * are refused by the JSON reader before a module or the database sees them, the same on both, and the run on H2
     * has sent them already.
     */
    private static final boolean ONLY_PARSED_BODIES = "postgres".equals(System.getProperty("plenary.test.database"));

    private static final Set<String> PARSED = Set.of("null", "{\"unknown\":1}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService accounts;

    private final List<String> findings = new ArrayList<>();
    private ApiUnderTest api;

    @Test
    void everyCreateAndUpdateEndpointAnswersHostileInputWithSuccessOrAProblemAndKeepsWhatItAccepted() throws Exception {
        api = new ApiUnderTest(mvc, json, user(accounts.loadUserByUsername("admin")));
        List<Endpoint> endpoints = api.endpoints(mappings);
        assertThat(endpoints).as("create and update endpoints of the API").hasSizeGreaterThan(20);
        assertThat(endpoints.stream()
                        .map(Endpoint::bodyType)
                        .filter(t -> !ApiUnderTest.BASES.containsKey(t))
                        .distinct()
                        .toList())
                .as("request types without a base body in ApiUnderTest.BASES")
                .isEmpty();
        api.makeFixture();
        JsonNode organisation = api.read("/api/organisation");
        List<String> corpus = HostileCorpus.strings();
        try {
            for (int i = 0; i < endpoints.size(); i++) {
                attack(endpoints.get(i), corpus, i);
            }
        } finally {
            api.send(HttpMethod.PUT, "/api/organisation", """
                    {"name":%s,"acronym":%s,"version":%d}""".formatted(
                            organisation.get("name"),
                            organisation.path("acronym").isMissingNode() ? "null" : organisation.get("acronym"),
                            api.read("/api/organisation").get("version").asInt()));
        }
        System.out.println("HostileInputTests: " + api.requests() + " requests to " + endpoints.size() + " endpoints");
        assertThat(findings).as(findings.size() + " findings").isEmpty();
    }

    private void attack(Endpoint endpoint, List<String> corpus, int offset) throws Exception {
        String url = api.url(endpoint.pattern());
        String what = endpoint.method() + " " + endpoint.pattern();
        JsonNode base = json.readTree(api.base(endpoint, url));
        List<List<String>> texts = new ArrayList<>();
        List<List<String>> numbers = new ArrayList<>();
        List<List<String>> dates = new ArrayList<>();
        leaves(base, new ArrayList<>(), (path, node) -> {
            Type type = typeAt(endpoint.bodyType(), path);
            if (type == String.class && node.isString()) {
                texts.add(path);
            } else if (node.isNumber()) {
                numbers.add(path);
            } else if (type == LocalDate.class || type == Instant.class) {
                dates.add(path);
            }
        });
        // Each entry goes to one text field, the fields taking turns, so that every endpoint meets every entry.
        for (int i = 0; i < corpus.size() && !texts.isEmpty(); i++) {
            List<String> path = texts.get((i + offset) % texts.size());
            String entry = corpus.get(i);
            JsonNode body = json.readTree(api.base(endpoint, url));
            set(body, path, json.getNodeFactory().stringNode(entry));
            MockHttpServletResponse response = api.send(endpoint.method(), url, ascii(json.writeValueAsString(body)));
            if (answered(what + " with " + describe(entry) + " in " + path, response) && response.getStatus() < 300) {
                accepted(endpoint, url, path, entry, response);
            }
        }
        for (List<String> path : numbers) {
            for (String number : NUMBERS) {
                answered(
                        what + " with " + number + " in " + path,
                        api.send(endpoint.method(), url, api.raw(endpoint, url, path, number)));
            }
        }
        for (List<String> path : dates) {
            for (String date : DATES) {
                answered(
                        what + " with " + date + " in " + path,
                        api.send(endpoint.method(), url, api.raw(endpoint, url, path, date)));
            }
        }
        for (String field : iterable(base.propertyNames())) {
            for (String value : sent(WRONG_TYPES)) {
                answered(
                        what + " with " + field + "=" + abbreviate(value),
                        api.send(endpoint.method(), url, api.raw(endpoint, url, List.of(field), value)));
            }
        }
        String valid = api.base(endpoint, url);
        List<String> malformed = new ArrayList<>(MALFORMED);
        malformed.add(valid.substring(0, valid.length() / 2));
        malformed.add(valid + "garbage");
        for (String body : sent(malformed)) {
            answered(what + " with body " + abbreviate(body), api.send(endpoint.method(), url, body));
        }
        if (!ONLY_PARSED_BODIES) {
            byte[] invalidUtf8 = {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            answered(what + " with invalid UTF-8", api.send(endpoint.method(), url, invalidUtf8));
        }
    }

    private static List<String> sent(List<String> bodies) {
        return ONLY_PARSED_BODIES ? bodies.stream().filter(PARSED::contains).toList() : bodies;
    }

    /** Whether the answer is a success or a problem detail; records a finding otherwise. */
    private boolean answered(String what, MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            findings.add(what + " answered " + status + ": " + abbreviate(response.getContentAsString()));
            return false;
        }
        if (status >= 400
                && (response.getContentType() == null
                        || !MediaType.parseMediaType(response.getContentType())
                                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
            findings.add(what + " answered " + status + " as " + response.getContentType());
            return false;
        }
        return true;
    }

    private void accepted(
            Endpoint endpoint, String url, List<String> path, String sent, MockHttpServletResponse response)
            throws Exception {
        JsonNode answer = json.readTree(response.getContentAsString());
        if (endpoint.method() == HttpMethod.PUT) {
            api.remember(url, answer);
        }
        String field = path.get(path.size() - 1);
        if (field.equals("password")) {
            return; // kept only as a hash, and ruled by the sign-in rules
        }
        if (!PlainText.Check.holds(sent)) {
            findings.add(endpoint.method() + " " + endpoint.pattern() + " accepted text that is not plain in " + path
                    + ": " + describe(sent));
            return;
        }
        String expected = sent.strip();
        if (expected.isEmpty()) {
            return;
        }
        boolean inMap = path.size() > 1
                && typeAt(endpoint.bodyType(), path.subList(0, path.size() - 1)) instanceof ParameterizedType p
                && p.getRawType() == Map.class;
        String name = inMap
                ? null
                : path.stream()
                        .filter(s -> !s.matches("\\d+"))
                        .reduce((a, b) -> b)
                        .orElseThrow();
        List<JsonNode> stored = api.readBack(endpoint, url, answer);
        if (stored.stream().noneMatch(doc -> holds(doc, name, expected))) {
            findings.add(endpoint.method() + " " + endpoint.pattern() + " accepted " + describe(sent) + " in " + path
                    + " but does not read it back as sent");
        }
    }

    /** Whether the document has, anywhere, the value under the name (or under any name where name is null). */
    private static boolean holds(JsonNode node, String name, String expected) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                JsonNode value = property.getValue();
                boolean named = name == null || property.getKey().equals(name);
                if (named
                        && (value.isString() && value.stringValue().equals(expected)
                                || value.isArray()
                                        && value.valueStream()
                                                .anyMatch(v -> v.isString()
                                                        && v.stringValue().equals(expected)))) {
                    return true;
                }
                if (holds(value, name, expected)) {
                    return true;
                }
            }
        }
        return node.isArray() && node.valueStream().anyMatch(v -> holds(v, name, expected));
    }

    private static <T> Iterable<T> iterable(Collection<T> values) {
        return List.copyOf(values);
    }

    private static String describe(String entry) {
        StringBuilder out = new StringBuilder("\"");
        entry.chars()
                .limit(60)
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append(entry.length() > 60 ? "…\" (" + entry.length() + " chars)" : "\"")
                .toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "… (" + text.length() + " chars)" : text;
    }
}
