package plenary.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import plenary.StatementCount;
import plenary.StatementCount.Statements;
import plenary.TestAccounts;
import plenary.meetings.AttributionRule;

/**
 * Every page and API read whose path has no variable (the lists, the forms, the API's documents) runs the same
 * number of statements however much the record holds: counted for the secretariat on a small record of this
 * class's own, and again after more meetings, interventions, published reports and memoranda in its study group
 * and a second one; equal, and under a ceiling.
 */
class ListCeilingTests extends ReportTests {

    /** The most statements a list runs, signing in aside. */
    static final int LIST = 8;

    /**
     * Lists over the ceiling, which must still not grow with the record: the backup's page asks Flyway for the
     * schema's history (its own metadata queries), and the institutions' lists load each institution as an
     * aggregate, five statements an institution (open: a read model for the institutions).
     */
    static final Set<String> OVER_THE_CEILING = Set.of(
            "/admin/backup",
            "/api/institutions",
            "/api/institutions/overlap",
            "/institutions",
            "/institutions/map",
            "/institutions/map.svg");

    /**
     * Left out: the backup's two downloads write the whole database out, one statement a table by design, and
     * each takes seconds on the shared test database.
     */
    static final Set<String> LEFT_OUT = Set.of("/admin/backup/archive", "/api/admin/backup");

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyListIsReadInTheSameStatementsWhateverTheRecordHolds() throws Exception {
        long first = world.meeting(AttributionRule.NONE);
        draft(first);
        publish(first, 1, world.coChair.basic());
        memorandum(world);
        Map<String, Statements> small = readAll();

        for (int i = 0; i < 2; i++) {
            long more = world.meeting(AttributionRule.BY_NATIONALITY);
            draft(more);
            publish(more, 1, world.coChair.basic());
            memorandum(world);
        }
        ReportWorld other = new ReportWorld(accounts, modules);
        long theirs = other.meeting(AttributionRule.NONE);
        http.expect(201, http.post(report(theirs) + "/draft", other.rapporteur.basic(), "{}"));
        publish(theirs, 1, other.coChair.basic());
        memorandum(other);
        Map<String, Statements> large = readAll();

        List<String> grown = new ArrayList<>();
        List<String> over = new ArrayList<>();
        small.forEach((path, before) -> {
            Statements after = large.get(path);
            if (after.count() != before.count()) {
                grown.add(path + ": " + before.count() + " → " + after.count() + "\n" + before + "\n" + after);
            }
            if (after.count() > LIST && !OVER_THE_CEILING.contains(path)) {
                over.add(path + ": " + after);
            }
        });
        assertThat(small).as("the lists found in the mappings").containsKeys("/reports", "/api/meetings");
        assertThat(grown).as("lists whose statements grew with the record").isEmpty();
        assertThat(over).as("lists over the ceiling of " + LIST).isEmpty();
    }

    /** The statements of each list, by path, each read once before (the first read of an account signs it in). */
    private Map<String, Statements> readAll() throws Exception {
        Map<String, Statements> read = new TreeMap<>();
        for (String path : lists()) {
            // The one list that needs a parameter (as in AccessMatrix): the form of a new meeting names its group.
            String uri = path.equals("/meetings/new") ? path + "?studyGroup=" + world.groupId : path;
            http.get(uri, TestAccounts.admin());
            Statements statements = StatementCount.of(() -> {
                        MockHttpServletResponse answer = http.get(uri, TestAccounts.admin());
                        assertThat(answer.getStatus()).as(uri).isLessThan(500);
                    })
                    .withoutSigningIn();
            read.put(uri, statements);
        }
        return read;
    }

    /** The paths of the mappings that read (GET, or every method) and have no path variable. */
    private Set<String> lists() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> !p.contains("{") && !LEFT_OUT.contains(p))
                        .forEach(paths::add);
            }
        });
        return paths;
    }

    private void memorandum(ReportWorld in) throws Exception {
        http.expect(
                201,
                http.post(
                        "/api/memoranda",
                        in.coChair.basic(),
                        http.write(Map.of(
                                "studyGroupId",
                                in.groupId,
                                "fromRecord",
                                false,
                                "title",
                                "Memorandum" + ReportWorld.unique()))));
    }
}
