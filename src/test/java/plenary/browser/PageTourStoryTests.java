package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.TestAccounts;

/**
 * Every main page, as the public, the secretariat, a co-chair, a participant and a committee's representative of the
 * demo see them, at a laptop's and a phone's width: each is saved as a screenshot under {@code target/screenshots/},
 * and must break no serious or critical rule of axe-core's, write no error to the console and, on the phone, need
 * no sideways scrolling. The page routes come from the request mappings, so a new page fails the tour until it is
 * visited here or skipped with a reason.
 */
// A record of its own (the property makes another context, with its own database): the tour publishes the
// Vladivostok report, which the other stories expect to write themselves.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "plenary.test.record=page-tour")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("browser")
class PageTourStoryTests {

    private static final String DEMO_PASSWORD = "plenary-demo-vladivostok";
    private static final String SECRETARIAT = "admin";
    private static final String KEEPER = "cochair";
    private static final String PARTICIPANT = "participant";
    private static final String REPRESENTATIVE = "representative";
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");
    private static final Path IMPORTED = Path.of("src/test/resources/imports/reports/busan-2012.txt");

    /** The pages of the tour that answer 404 Not Found, as they should. */
    private static final Set<String> NOT_FOUND = Set.of("not-found", "circulation-link-refused");

    /** The page routes the tour does not visit, each with why. */
    private static final Map<String, String> SKIPPED = Map.of();

    /** The tour: who visits, the name of the screenshots, the route, and the query the page needs. */
    private static final List<Stop> TOUR = List.of(
            // The public.
            new Stop(null, "home", "GET /"),
            new Stop(null, "sign-in", "GET /login"),
            new Stop(null, "study-groups", "GET /study-groups"),
            new Stop(null, "study-group-public", "GET /study-groups/{id}"),
            new Stop(null, "reports", "GET /reports"),
            new Stop(null, "report-published", "GET /reports/{meetingId:\\d+}"),
            new Stop(null, "memoranda-published", "GET /memoranda/published"),
            new Stop(null, "search-public", "GET /search", "q=energy"),
            // A personal link whose token the mail alone carries: the page that refuses an unknown one.
            new Stop(null, "circulation-link-refused", "GET /circulations/link/{token}"),
            // The secretariat.
            new Stop(SECRETARIAT, "directory", "GET /directory"),
            new Stop(SECRETARIAT, "accounts", "GET /directory/accounts"),
            new Stop(SECRETARIAT, "account-new", "GET /directory/accounts/new"),
            new Stop(SECRETARIAT, "account-edit", "GET /directory/accounts/{id}"),
            new Stop(SECRETARIAT, "committees", "GET /directory/committees"),
            new Stop(SECRETARIAT, "committee-new", "GET /directory/committees/new"),
            new Stop(SECRETARIAT, "committee", "GET /directory/committees/{id}"),
            new Stop(SECRETARIAT, "people", "GET /directory/people"),
            new Stop(SECRETARIAT, "person-new", "GET /directory/people/new"),
            new Stop(SECRETARIAT, "person", "GET /directory/people/{id}"),
            new Stop(SECRETARIAT, "study-group-new", "GET /study-groups/new"),
            new Stop(SECRETARIAT, "study-group-edit", "GET /study-groups/{id}/edit"),
            new Stop(SECRETARIAT, "audit", "GET /audit"),
            new Stop(SECRETARIAT, "backup", "GET /admin/backup"),
            new Stop(SECRETARIAT, "search-index", "GET /search/index"),
            // A co-chair, who keeps the record and drafts the memorandum.
            new Stop(KEEPER, "my-work", "GET /my-work"),
            new Stop(KEEPER, "inbox", "GET /inbox"),
            new Stop(KEEPER, "study-group", "GET /study-groups/{id}"),
            new Stop(KEEPER, "meetings", "GET /meetings"),
            new Stop(KEEPER, "meeting", "GET /meetings/{id}"),
            new Stop(KEEPER, "meeting-new", "GET /meetings/new", "studyGroup={group}"),
            new Stop(KEEPER, "meeting-edit", "GET /meetings/{id}/edit"),
            new Stop(KEEPER, "intervention", "GET /meetings/interventions/{interventionId}"),
            new Stop(KEEPER, "session-new", "GET /meetings/{meetingId}/sessions/new"),
            new Stop(KEEPER, "session-edit", "GET /meetings/{meetingId}/sessions/{id}"),
            new Stop(KEEPER, "participant-new", "GET /meetings/{meetingId}/participants/new"),
            new Stop(KEEPER, "participant-edit", "GET /meetings/{meetingId}/participants/{id}"),
            new Stop(KEEPER, "intervention-new", "GET /meetings/{meetingId}/interventions/new"),
            new Stop(KEEPER, "intervention-edit", "GET /meetings/{meetingId}/interventions/{id}"),
            new Stop(KEEPER, "proposal-new", "GET /meetings/{meetingId}/proposals/new"),
            new Stop(KEEPER, "proposal-edit", "GET /meetings/{meetingId}/proposals/{id}"),
            new Stop(KEEPER, "next-task-new", "GET /meetings/{meetingId}/next-tasks/new"),
            new Stop(KEEPER, "next-task-edit", "GET /meetings/{meetingId}/next-tasks/{id}"),
            new Stop(KEEPER, "report", "GET /meetings/{meetingId}/report"),
            new Stop(KEEPER, "report-redline", "GET /meetings/{meetingId}/report/redline", "from=1&to=1"),
            new Stop(KEEPER, "memoranda", "GET /memoranda"),
            new Stop(KEEPER, "memorandum", "GET /memoranda/{id}"),
            new Stop(KEEPER, "memorandum-redline", "GET /memoranda/{id}/redline", "from=1&to=2"),
            new Stop(KEEPER, "memorandum-history", "GET /memoranda/{id}/history"),
            new Stop(KEEPER, "circulations", "GET /memoranda/{id}/circulations"),
            new Stop(KEEPER, "circulation", "GET /memoranda/{id}/circulations/{circulationId}"),
            new Stop(KEEPER, "compilation", "GET /memoranda/{id}/compilation", "version=2"),
            new Stop(KEEPER, "endorsement", "GET /memoranda/{id}/endorsement"),
            new Stop(KEEPER, "positions", "GET /study-groups/{id}/positions"),
            new Stop(KEEPER, "proposal-positions", "GET /proposals/{id}/positions"),
            new Stop(KEEPER, "institutions", "GET /institutions"),
            new Stop(KEEPER, "institution", "GET /institutions/{id}"),
            new Stop(KEEPER, "institution-new", "GET /institutions/new"),
            new Stop(KEEPER, "membership-map", "GET /institutions/map"),
            new Stop(KEEPER, "account", "GET /account"),
            new Stop(KEEPER, "calendars", "GET /account/calendars"),
            new Stop(KEEPER, "import-new", "GET /imports/new"),
            new Stop(KEEPER, "import", "GET /imports/{id}"),
            new Stop(KEEPER, "search", "GET /search", "q=energy"),
            // Signed in, since the public is sent to sign in at an address it may not know.
            new Stop(KEEPER, "not-found", "GET /error"),
            // A participant of the Vladivostok meeting, and CSCAP-Russia's representative, who owes answers.
            new Stop(PARTICIPANT, "my-work-participant", "GET /my-work"),
            new Stop(PARTICIPANT, "meeting-participant", "GET /meetings/{id}"),
            new Stop(PARTICIPANT, "report-review", "GET /meetings/{meetingId}/report"),
            new Stop(REPRESENTATIVE, "circulation-answer", "GET /memoranda/{id}/circulations/{circulationId}"),
            new Stop(REPRESENTATIVE, "endorsement-answer", "GET /memoranda/{id}/endorsement"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyPageRouteIsVisitedOrSkippedWithAReason() {
        Set<String> pages = pageRoutes();
        Set<String> toured = TOUR.stream().map(Stop::route).collect(Collectors.toSet());
        assertThat(pages.stream().filter(route -> !toured.contains(route) && !SKIPPED.containsKey(route)))
                .as("page routes neither visited by the tour nor skipped with a reason")
                .isEmpty();
        assertThat(Stream.concat(toured.stream(), SKIPPED.keySet().stream()).filter(route -> !pages.contains(route)))
                .as("routes of the tour that are no page routes (any more)")
                .isEmpty();
    }

    @Test
    void everyMainPageIsAccessibleAtALaptopsAndAPhonesWidth() {
        List<String> problems = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            publishTheVladivostokReport(browser);
            Map<String, String> ids = demoIds(importAReport(browser));
            String signedIn = null; // whoever acted before the tour is signed out before its first page
            for (Stop stop : TOUR) {
                String account = stop.account() == null ? "" : stop.account();
                if (!account.equals(signedIn)) {
                    signInAs(browser, account);
                    signedIn = account;
                }
                String path = stop.path(ids);
                for (boolean phone : List.of(false, true)) {
                    (phone ? browser.phone() : browser.desktop()).go(path);
                    browser.screenshot(stop.name());
                    String where = stop.name() + " (" + path + ") at " + browser.width() + " px: ";
                    List<Axe.Violation> violations = browser.axe();
                    problems.addAll(problemsOf(browser, stop, phone, violations).stream()
                            .map(where::concat)
                            .toList());
                    violations.stream()
                            .filter(violation -> !violation.serious())
                            .forEach(violation -> lesser.add(where + violation));
                }
            }
        }
        assertThat(problems)
                .as("problems on the pages (the lesser rules of axe's broken too: %s)", lesser)
                .isEmpty();
    }

    private static List<String> problemsOf(Browser browser, Stop stop, boolean phone, List<Axe.Violation> violations) {
        List<String> problems = new ArrayList<>();
        String title = browser.driver().getTitle();
        boolean notFound = NOT_FOUND.contains(stop.name());
        if (!notFound && isError(title)) {
            problems.add("the page is an error page: " + title);
        }
        if (!stop.route().equals("GET /login") && browser.path().equals("/login")) {
            problems.add("sent to sign in");
        }
        int headings = browser.driver().findElements(By.tagName("h1")).size();
        if (headings != 1) {
            problems.add(headings + " h1 headings, where a page has one");
        }
        violations.stream().filter(Axe.Violation::serious).map(String::valueOf).forEach(problems::add);
        browser.consoleErrors().stream()
                // The page of a missing address is answered with its status, which Chromium reports as an error.
                .filter(error -> !(notFound && error.contains("status of 404")))
                .map("console: "::concat)
                .forEach(problems::add);
        if (phone) {
            browser.sidewaysOverflow()
                    .map("wider than the phone's screen: "::concat)
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private static boolean isError(String title) {
        return Stream.of(HttpStatus.values())
                .filter(status -> status.isError())
                .anyMatch(status -> title.startsWith(status.getReasonPhrase() + " ·"));
    }

    private static void signInAs(Browser browser, String account) {
        browser.desktop().go("/").driver().manage().deleteAllCookies();
        if (!account.isEmpty()) {
            browser.signIn(account, account.equals(SECRETARIAT) ? TestAccounts.ADMIN_PASSWORD : DEMO_PASSWORD);
            assertThat(browser.path()).as("signed in as " + account).isNotEqualTo("/login");
        }
        browser.consoleErrors(); // what signing in wrote is no page's of the tour
    }

    /** The rapporteur writes the Vladivostok report's draft and publishes it, so that the public has one to read. */
    private static void publishTheVladivostokReport(Browser browser) {
        signInAs(browser, "rapporteur");
        browser.go("/meetings")
                .click("The third and final meeting, Vladivostok")
                .click("Report of the meeting");
        browser.press("Write the draft").press("Publish version");
        assertThat(browser.text()).contains("Published report no.");
    }

    /** The co-chair uploads a report of the Busan meeting, which waits as a draft for review; returns its page. */
    private static String importAReport(Browser browser) {
        signInAs(browser, KEEPER);
        browser.go("/imports/new");
        browser.driver()
                .findElement(By.name("file"))
                .sendKeys(IMPORTED.toAbsolutePath().toString());
        browser.press("Read the report");
        assertThat(browser.path()).matches("/imports/\\d+");
        return browser.path();
    }

    /** The GET routes outside the API whose handler answers with a page (a view's name), as the mappings declare. */
    private Set<String> pageRoutes() {
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

    /** Path variables filled with the demo record: its study group, the Vladivostok meeting and what it holds. */
    private Map<String, String> demoIds(String importPage) {
        String meeting = one("SELECT m.id FROM meeting m JOIN study_group g ON g.id = m.study_group_id"
                + " WHERE g.title = 'CSCAP Study Group on Multilateral Security Governance in Northeast Asia'"
                + " AND m.ordinal = 3");
        String group = one("SELECT study_group_id FROM meeting WHERE id = " + meeting);
        String memorandum = one("SELECT MIN(id) FROM memorandum WHERE study_group_id = " + group);
        return Map.ofEntries(
                Map.entry("group", group),
                Map.entry("study-groups", group),
                Map.entry("meetings", meeting),
                Map.entry("reports", meeting),
                Map.entry("meetingId", meeting),
                Map.entry("sessions", one("SELECT MIN(id) FROM meeting_session WHERE meeting_id = " + meeting)),
                Map.entry("interventions", one("SELECT MIN(id) FROM intervention WHERE meeting_id = " + meeting)),
                Map.entry("interventionId", one("SELECT MIN(id) FROM intervention WHERE meeting_id = " + meeting)),
                Map.entry("participants", one("SELECT MIN(id) FROM meeting_participant WHERE meeting_id = " + meeting)),
                Map.entry("proposals", one("SELECT MIN(id) FROM proposal WHERE meeting_id = " + meeting)),
                Map.entry("next-tasks", one("SELECT MIN(id) FROM next_task WHERE meeting_id = " + meeting)),
                Map.entry("memoranda", memorandum),
                Map.entry("circulationId", one("SELECT MIN(id) FROM circulation WHERE memorandum_id = " + memorandum)),
                Map.entry("institutions", one("SELECT MIN(institution_id) FROM intervention_institution")),
                Map.entry("committees", one("SELECT MIN(id) FROM committee")),
                Map.entry("people", one("SELECT MIN(p.id) FROM person p JOIN account a ON a.person_id = p.id")),
                Map.entry("accounts", one("SELECT id FROM account WHERE username = 'observer'")),
                Map.entry("imports", importPage.substring("/imports/".length())),
                Map.entry("token", "no-such-link"));
    }

    private String one(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    /** A page of the tour: who visits it (no one signed in where null), its screenshots' name, its route. */
    private record Stop(String account, String name, String route, String query) {

        Stop(String account, String name, String route) {
            this(account, name, route, "");
        }

        /** The address visited: the route's variables filled with the record's ids, the query added. */
        String path(Map<String, String> ids) {
            if (route.equals("GET /error")) {
                return "/no-such-page";
            }
            String pattern = route.substring("GET ".length());
            Matcher variable = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (variable.find()) {
                variable.appendReplacement(
                        path, ids.get(kindOf(pattern.substring(0, variable.start()), variable.group(1))));
            }
            variable.appendTail(path);
            return query.isEmpty() ? path.toString() : path + "?" + query.replace("{group}", ids.get("group"));
        }

        // "{id}" is named by the segment before it ("/meetings/{id}" a meeting's); other variables by their name.
        private static String kindOf(String before, String name) {
            if (!name.equals("id")) {
                return name;
            }
            String[] segments = before.split("/");
            return segments[segments.length - 1];
        }
    }
}
