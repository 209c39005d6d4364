package plenary.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.TestAccounts;
import plenary.web.DemoRoutes;

/**
 * Every main page, as the public, the secretariat, a co-chair, a participant and a committee's representative of the
 * demo see them, at a laptop's and a phone's width: each is saved as a screenshot under {@code target/screenshots/},
 * and must break no rule of axe-core's but a minor one, write no error to the console and, on the phone, need no
 * sideways scrolling. The page routes come from the request mappings, so a new page fails the tour until it is
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
    private static final Path IMPORTED = Path.of("src/test/resources/imports/reports/busan-2012.txt");

    /** The pages of the tour that answer 404 Not Found, as they should. */
    private static final Set<String> NOT_FOUND = Set.of("not-found", "circulation-link-refused");

    /** The pages with print styles, printed to PDF at the laptop's width: the document alone, no page's furniture. */
    private static final Set<String> PRINTED = Set.of("report-published", "report", "memorandum");

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
        Set<String> pages = DemoRoutes.pages(mappings);
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
                    if (!phone && PRINTED.contains(stop.name())) {
                        problems.addAll(printProblems(browser, stop.name()).stream()
                                .map(where::concat)
                                .toList());
                    }
                    violations.stream()
                            .filter(violation -> !violation.forbidden())
                            .forEach(violation -> lesser.add(where + violation));
                }
            }
        }
        assertThat(problems)
                .as("problems on the pages (axe's minor rules broken too: %s)", lesser)
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
        violations.stream()
                .filter(Axe.Violation::forbidden)
                .map(String::valueOf)
                .forEach(problems::add);
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

    /**
     * What is wrong with the page printed: its heading and its content's last paragraph must be there; the
     * masthead's navigation, the trail, the footer with its language links, the page's tools (downloads, versions,
     * links along the road), its table of contents and the buttons of its forms not.
     */
    private static List<String> printProblems(Browser browser, String name) {
        List<String> present = new ArrayList<>(List.of(browser.textOf("h1")));
        browser.driver().findElements(By.cssSelector("main p:not(.screen-only, .screen-only *, nav.toc *)")).stream()
                .map(paragraph -> paragraph.getText().replaceAll("\\s+", " ").strip())
                .filter(text -> text.length() > 20)
                .reduce((first, last) -> last)
                .ifPresent(last -> present.add(last.substring(0, Math.min(60, last.length()))));
        List<String> absent = new ArrayList<>();
        for (String furniture : List.of(
                "header.masthead nav",
                ".trail",
                "footer.footer .languages",
                "footer.footer p",
                ".screen-only",
                "nav.toc")) {
            browser.driver().findElements(By.cssSelector(furniture)).stream()
                    .map(element -> element.getText().replaceAll("\\s+", " ").strip())
                    .filter(text -> !text.isEmpty())
                    .forEach(absent::add);
        }
        browser.driver().findElements(By.cssSelector("form button")).stream()
                .map(button -> button.getText().strip())
                .filter(text -> text.contains(" "))
                .forEach(absent::add);
        String printed = browser.printed(name);
        List<String> problems = new ArrayList<>();
        present.stream()
                .filter(text -> !printed.contains(text))
                .map("missing from the print: "::concat)
                .forEach(problems::add);
        absent.stream()
                .filter(printed::contains)
                .map("printed, though only the screen needs it: "::concat)
                .forEach(problems::add);
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

    /** The demo's ids, with the tour's own import draft and an institution the record refers to. */
    private Map<String, String> demoIds(String importPage) {
        Map<String, String> ids = DemoRoutes.demoIds(jdbc);
        ids.put("circulationId", one("SELECT MIN(id) FROM circulation WHERE memorandum_id = " + ids.get("memoranda")));
        ids.put("institutions", one("SELECT MIN(institution_id) FROM intervention_institution"));
        ids.put("imports", importPage.substring("/imports/".length()));
        return ids;
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
            String path = DemoRoutes.fill(route.substring("GET ".length()), ids);
            return query.isEmpty() ? path : path + "?" + query.replace("{group}", ids.get("group"));
        }
    }
}
