package plenary.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes as its request mappings declare them ({@code "GET /meetings/{id}"}), and the demo
 * record's ids that fill their path variables: what the access matrix and the page tour both walk, so that a new
 * route fails both until it has a row or a stop.
 */
public final class DemoRoutes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private DemoRoutes() {}

    /** Every route, one per method; a mapping for every method counts as a read. */
    public static Set<String> all(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> routes.add(m + " " + pattern));
            }
        });
        return routes;
    }

    /** The GET routes outside the API whose handler answers with a page (a view's name). */
    public static Set<String> pages(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (isRead(info) && isPage(handler)) {
                info.getPatternValues().stream()
                        .filter(pattern -> !pattern.startsWith("/api/"))
                        .forEach(pattern -> routes.add("GET " + pattern));
            }
        });
        return routes;
    }

    /**
     * The ids of the demo record that every walk shares: its study group, the Vladivostok meeting and what it holds,
     * its memorandum, a committee, a person and the observer's account, each under the path variable (or the
     * segment before an {@code {id}}) it fills. The map can be changed: a test adds the ids of its own.
     */
    public static Map<String, String> demoIds(JdbcClient jdbc) {
        // The demo's own Vladivostok meeting: other tests of a shared context hold meetings there too.
        String meeting = one(
                jdbc,
                "SELECT m.id FROM meeting m JOIN study_group g ON g.id = m.study_group_id"
                        + " WHERE g.title = 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia'"
                        + " AND m.ordinal = 3");
        String group = one(jdbc, "SELECT study_group_id FROM meeting WHERE id = " + meeting);
        String intervention = one(jdbc, "SELECT MIN(id) FROM intervention WHERE meeting_id = " + meeting);
        Map<String, String> ids = new HashMap<>();
        ids.put("group", group);
        ids.put("study-groups", group);
        ids.put("studyGroupId", group);
        ids.put("meetings", meeting);
        ids.put("meetingId", meeting);
        ids.put("reports", meeting);
        ids.put("sessions", one(jdbc, "SELECT MIN(id) FROM meeting_session WHERE meeting_id = " + meeting));
        ids.put("interventions", intervention);
        ids.put("interventionId", intervention);
        ids.put("participants", one(jdbc, "SELECT MIN(id) FROM meeting_participant WHERE meeting_id = " + meeting));
        ids.put("proposals", one(jdbc, "SELECT MIN(id) FROM proposal WHERE meeting_id = " + meeting));
        ids.put("next-tasks", one(jdbc, "SELECT MIN(id) FROM next_task WHERE meeting_id = " + meeting));
        ids.put("memoranda", one(jdbc, "SELECT MIN(id) FROM memorandum WHERE study_group_id = " + group));
        ids.put("committees", one(jdbc, "SELECT MIN(id) FROM committee"));
        ids.put("committeeId", ids.get("committees"));
        ids.put("people", one(jdbc, "SELECT MIN(p.id) FROM person p JOIN account a ON a.person_id = p.id"));
        ids.put("accounts", one(jdbc, "SELECT id FROM account WHERE username = 'observer'"));
        // A personal link whose token only its mail carries: found by no one.
        ids.put("token", "no-such-link");
        return ids;
    }

    /** The route's path with its variables filled from the ids ("{id}" named by the segment before it). */
    public static String fill(String pattern, Map<String, String> ids) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String kind = kindOf(pattern.substring(0, variable.start()), variable.group(1));
            String id = ids.get(kind);
            if (id == null) {
                throw new IllegalArgumentException("no id of the demo's for {" + kind + "} in " + pattern);
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        return variable.appendTail(path).toString();
    }

    // "{id}" is named by the segment before it ("/meetings/{id}" a meeting's); other variables by their name.
    private static String kindOf(String before, String name) {
        if (!name.equals("id")) {
            return name;
        }
        String[] segments = before.split("/");
        return segments[segments.length - 1];
    }

    private static boolean isRead(RequestMappingInfo info) {
        Set<?> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty()
                || methods.stream().anyMatch(method -> method.toString().equals("GET"));
    }

    private static boolean isPage(HandlerMethod handler) {
        Class<?> answer = handler.getReturnType().getParameterType();
        boolean body = handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
        return !body && (answer == String.class || answer == ModelAndView.class);
    }

    private static String one(JdbcClient jdbc, String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }
}
