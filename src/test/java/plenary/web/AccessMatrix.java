package plenary.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may pass each route, for the demo record: the public and the demo's eight accounts, tried on the demo study
 * group and its Vladivostok meeting. Written from the roles of the README, by hand: a new route needs a row here.
 */
final class AccessMatrix {

    static final String PUBLIC_READER = "(public)";
    static final List<String> IDENTITIES = List.of(
            PUBLIC_READER,
            "admin",
            "cochair",
            "cochair2",
            "rapporteur",
            "participant",
            "representative",
            "steering",
            "observer");

    /** Anyone, signed in or not. */
    private static final Set<String> EVERYONE = Set.copyOf(IDENTITIES);
    /** Every account. */
    private static final Set<String> SIGNED_IN = Set.of(
            "admin", "cochair", "cochair2", "rapporteur", "participant", "representative", "steering", "observer");

    private static final Set<String> SECRETARIAT = Set.of("admin");
    /** Who keeps the demo group's meetings and reports: the secretariat, the co-chairs and the rapporteur. */
    private static final Set<String> KEEPERS = Set.of("admin", "cochair", "cochair2", "rapporteur");
    /** Who drafts the demo group's memorandum: the secretariat and the co-chairs. */
    private static final Set<String> DRAFTERS = Set.of("admin", "cochair", "cochair2");
    /** Who may review the Vladivostok report: its keepers and the meeting's participants with an account. */
    private static final Set<String> REVIEWERS =
            Set.of("admin", "cochair", "cochair2", "rapporteur", "participant", "representative", "observer");

    static final Map<String, Set<String>> ROWS = new LinkedHashMap<>();
    /** The request parameters a route needs before it gets as far as asking who is asking. */
    static final Map<String, String> PARAMETERS = Map.of(
            "GET /meetings/new", "studyGroup={group}",
            "GET /api/memoranda/{id}/redline", "from=1&to=1",
            "GET /memoranda/{id}/redline", "from=1&to=1",
            "GET /api/meetings/{meetingId}/report/redline", "from=1&to=1",
            "GET /meetings/{meetingId}/report/redline", "from=1&to=1",
            "POST /meetings/{meetingId}/interventions/{id}/move", "to=1",
            "POST /meetings/{meetingId}/next-tasks/{id}/move", "to=1",
            "POST /institutions/suggestions", "from=text&field=institutionIds&target=suggested");

    static {
        everyone(
                "GET /",
                "GET /login",
                "GET /error",
                "GET /reports",
                "GET /reports/report.css",
                "GET /reports/{meetingId:\\d+}",
                "GET /study-groups",
                "GET /study-groups/{id}",
                "GET /swagger-ui.html",
                "GET /v3/api-docs",
                "GET /v3/api-docs.yaml",
                "GET /v3/api-docs/swagger-config",
                "GET /api/study-groups",
                "GET /api/study-groups/{id}",
                "GET /api/issue-areas",
                "GET /api/study-groups/{studyGroupId}/dossier",
                // The published report for anyone; the draft only for its readers (the rest find no published one).
                "GET /api/meetings/{meetingId}/report",
                // Search answers everyone, each with only what they may read.
                "GET /api/search",
                "GET /search");

        signedIn(
                "GET /meetings",
                "GET /meetings/{id}",
                "GET /meetings/interventions/{interventionId}",
                "GET /institutions",
                "GET /institutions/{id}",
                "GET /api/meetings",
                "GET /api/meetings/{id}",
                "GET /api/institutions",
                "GET /api/institutions/{id}",
                "GET /api/institutions/{id}/history",
                // The links an editor's text suggests: asked for as the text is typed.
                "POST /institutions/suggestions",
                // The page's download: the published report for anyone signed in, the draft for its readers.
                "GET /meetings/{meetingId}/report/download");

        // The directory (people's addresses and affiliations among it) is the secretariat's.
        secretariat(
                "GET /directory",
                "GET /api/organisation",
                "POST /directory/organisation",
                "PUT /api/organisation",
                "GET /admin/backup",
                "GET /admin/backup/archive",
                "GET /api/admin/backup",
                "DELETE /api/accounts/{id}/lockout",
                "POST /directory/accounts/{id}/unlock",
                "GET /audit",
                "GET /search/index",
                "POST /search/index/rebuild",
                "GET /api/audit",
                "GET /api/audit/verification");
        secretariat(crud("/api/accounts", "/directory/accounts"));
        secretariat(crud("/api/committees", "/directory/committees"));
        secretariat(crud("/api/people", "/directory/people"));
        secretariat(
                "POST /api/study-groups",
                "PUT /api/study-groups/{id}",
                "DELETE /api/study-groups/{id}",
                "GET /study-groups/new",
                "GET /study-groups/{id}/edit",
                "POST /study-groups",
                "POST /study-groups/{id}",
                "POST /study-groups/{id}/delete");

        // Institutions: co-chairs and rapporteurs add and edit them, as the secretariat does.
        keepers(
                "POST /api/institutions",
                "PUT /api/institutions/{id}",
                "DELETE /api/institutions/{id}",
                "GET /institutions/new",
                "POST /institutions",
                "POST /institutions/{id}",
                "POST /institutions/{id}/delete");
        // The membership map of the institutions, its picture and its overlap: read like the institutions.
        signedIn("GET /institutions/map", "GET /institutions/map.svg", "GET /api/institutions/overlap");

        keepers(
                "POST /api/meetings",
                "PUT /api/meetings/{id}",
                "DELETE /api/meetings/{id}",
                "GET /meetings/new",
                "GET /meetings/{id}/edit",
                "POST /meetings",
                "POST /meetings/{id}",
                "POST /meetings/{id}/delete");
        for (String part : List.of("sessions", "participants", "interventions", "proposals", "next-tasks")) {
            keepers(
                    "POST /api/meetings/{meetingId}/" + part,
                    "PUT /api/meetings/{meetingId}/" + part + "/{id}",
                    "DELETE /api/meetings/{meetingId}/" + part + "/{id}",
                    "GET /meetings/{meetingId}/" + part + "/new",
                    "GET /meetings/{meetingId}/" + part + "/{id}",
                    "POST /meetings/{meetingId}/" + part,
                    "POST /meetings/{meetingId}/" + part + "/{id}",
                    "POST /meetings/{meetingId}/" + part + "/{id}/delete");
        }
        keepers(
                "POST /meetings/{meetingId}/interventions/{id}/move",
                "POST /meetings/{meetingId}/next-tasks/{id}/move");

        // The report: its keepers write and publish it; the meeting's participants read drafts and review.
        keepers(
                "POST /api/meetings/{meetingId}/report/draft",
                "POST /api/meetings/{meetingId}/report/publish",
                "PUT /api/meetings/{meetingId}/report",
                "POST /api/meetings/{meetingId}/report/review",
                "POST /api/meetings/{meetingId}/report/suggestions/{suggestionId}/leave",
                "POST /api/meetings/{meetingId}/report/suggestions/{suggestionId}/take",
                "POST /meetings/{meetingId}/report",
                "POST /meetings/{meetingId}/report/draft",
                "POST /meetings/{meetingId}/report/publish",
                "POST /meetings/{meetingId}/report/review",
                "POST /meetings/{meetingId}/report/suggestions/{suggestionId}/leave",
                "POST /meetings/{meetingId}/report/suggestions/{suggestionId}/take");
        rows(
                REVIEWERS,
                "GET /api/meetings/{meetingId}/report/state",
                "GET /api/meetings/{meetingId}/report/versions",
                "GET /api/meetings/{meetingId}/report/versions/{number}",
                "GET /api/meetings/{meetingId}/report/redline",
                "GET /meetings/{meetingId}/report",
                "GET /meetings/{meetingId}/report/redline");
        // The memorandum: anyone signed in reads it; the group's co-chairs and the secretariat draft it (the demo
        // group does not let its rapporteurs).
        signedIn(
                "GET /api/memoranda",
                "GET /api/memoranda/{id}",
                "GET /api/memoranda/{id}/versions/{number}",
                "GET /api/memoranda/{id}/redline",
                "GET /memoranda",
                "GET /memoranda/{id}",
                "GET /memoranda/{id}/redline",
                "GET /memoranda/{id}/history",
                "GET /api/memoranda/{id}/history");
        rows(
                DRAFTERS,
                "POST /memoranda",
                "POST /memoranda/{id}/title",
                "POST /memoranda/{id}/versions",
                "POST /memoranda/{id}/delete",
                "POST /memoranda/{id}/paragraphs",
                "POST /memoranda/{id}/paragraphs/{key}",
                "POST /memoranda/{id}/paragraphs/{key}/move",
                "POST /memoranda/{id}/paragraphs/{key}/delete",
                "POST /memoranda/{id}/sections",
                "POST /memoranda/{id}/sections/{key}",
                "POST /api/memoranda",
                "PUT /api/memoranda/{id}",
                "DELETE /api/memoranda/{id}",
                "POST /api/memoranda/{id}/moves",
                "POST /api/memoranda/{id}/versions");

        // The positions map: anyone signed in, who reads every meeting (names as each meeting's rule allows them).
        signedIn(
                "GET /api/study-groups/{id}/positions",
                "GET /api/proposals/{id}/positions",
                "GET /study-groups/{id}/positions",
                "GET /proposals/{id}/positions");

        // Each account keeps its own API tokens (another's token is not found); the secretariat revokes anyone's.
        signedIn(
                "GET /account",
                "POST /account/tokens",
                "POST /account/tokens/{id}/revoke",
                "POST /account/preferences",
                "GET /api/account/tokens",
                "POST /api/account/tokens",
                "DELETE /api/account/tokens/{id}");
        secretariat("POST /directory/accounts/{id}/tokens/{tokenId}/revoke");
        // Each account keeps its own calendar links (another's is not found); a feed answers without signing in, by
        // its secret (an unknown one finds nothing), and a study group's public feed answers everyone.
        signedIn(
                "GET /account/calendars",
                "POST /account/calendars",
                "POST /account/calendars/{id}/revoke",
                "GET /api/account/calendars",
                "POST /api/account/calendars",
                "DELETE /api/account/calendars/{id}");
        everyone("GET /calendars/{secret}.ics", "GET /study-groups/{id}/calendar.ics");

        // What awaits you: the mail queued for the account's person (an account that speaks for none is told so).
        signedIn("GET /inbox");
        // My work: every account its own list (an account that speaks for no person is told so).
        signedIn("GET /my-work", "GET /api/my-work");

        // Circulations: anyone signed in reads them; the drafters circulate and revoke outside recipients' links; the
        // recipients answer (the demo circulation goes to the representative's committee), the drafters reply to
        // comments; the personal link's pages are reached without signing in (an unknown link finds nothing).
        signedIn(
                "GET /api/memoranda/{id}/circulations",
                "GET /api/memoranda/{id}/circulations/{circulationId}",
                "GET /memoranda/{id}/circulations/{circulationId}",
                "GET /memoranda/{id}/circulations");
        rows(
                DRAFTERS,
                "POST /memoranda/{id}/circulations",
                "POST /api/memoranda/{id}/circulations",
                "DELETE /api/memoranda/{id}/circulations/{circulationId}/recipients/{recipientId}/link",
                "POST /memoranda/{id}/circulations/{circulationId}/recipients/{recipientId}/revoke");
        rows(
                Set.of("admin", "cochair", "cochair2", "representative"),
                "POST /api/memoranda/{id}/circulations/{circulationId}/comments",
                "POST /memoranda/{id}/circulations/{circulationId}/comments");
        rows(
                Set.of("representative"),
                "POST /api/memoranda/{id}/circulations/{circulationId}/amendments",
                "POST /memoranda/{id}/circulations/{circulationId}/amendments");
        // Decisions and brackets: the drafters decide on amendments; a committee's representative supports a wording
        // in brackets; anyone signed in reads a version's compilation and what a committee asked for.
        rows(
                DRAFTERS,
                "POST /api/memoranda/{id}/amendments/{amendmentId}/decision",
                "POST /memoranda/{id}/circulations/{circulationId}/amendments/{amendmentId}/decision");
        rows(
                Set.of("representative"),
                "POST /api/memoranda/{id}/amendments/{amendmentId}/support",
                "POST /memoranda/{id}/circulations/{circulationId}/amendments/{amendmentId}/support");
        signedIn(
                "GET /api/memoranda/{id}/compilation",
                "GET /memoranda/{id}/compilation",
                "GET /api/memoranda/{id}/committees/{committeeId}/requests");
        everyone(
                "GET /circulations/link/{token}",
                "POST /circulations/link/{token}/comments",
                "POST /circulations/link/{token}/amendments");

        // Endorsement: the drafters ask for it and submit; the representative of a participating committee (the
        // demo's speaks for CSCAP-Russia) answers; the Steering Committee's members and the secretariat record its
        // decision; the secretariat publishes; anyone reads what is published.
        signedIn("GET /api/memoranda/{id}/endorsement", "GET /memoranda/{id}/endorsement");
        rows(
                DRAFTERS,
                "POST /api/memoranda/{id}/endorsement-requests",
                "POST /api/memoranda/{id}/submission",
                "POST /memoranda/{id}/endorsement-requests",
                "POST /memoranda/{id}/submission");
        rows(Set.of("representative"), "POST /api/memoranda/{id}/endorsements", "POST /memoranda/{id}/endorsements");
        rows(Set.of("admin", "steering"), "POST /api/memoranda/{id}/decision", "POST /memoranda/{id}/decision");
        secretariat("POST /api/memoranda/{id}/publication", "POST /memoranda/{id}/publication");
        everyone("GET /api/memoranda/{id}/publication", "GET /api/memoranda/published", "GET /memoranda/published");

        // Imports: those who may create meetings upload a report; each reads and confirms only the drafts of their own.
        keepers(
                "POST /api/imports",
                "GET /api/imports/{id}",
                "POST /api/imports/{id}/confirm",
                "GET /imports/new",
                "POST /imports",
                "GET /imports/{id}",
                "POST /imports/{id}/confirm");

        // Suggestions come from those who took part (the secretariat's account speaks for no one who did).
        rows(
                Set.of("cochair", "cochair2", "rapporteur", "participant", "representative", "observer"),
                "POST /api/meetings/{meetingId}/report/suggestions",
                "POST /meetings/{meetingId}/report/suggestions");
    }

    private AccessMatrix() {}

    private static String[] crud(String api, String pages) {
        return new String[] {
            "GET " + api,
            "GET " + api + "/{id}",
            "POST " + api,
            "PUT " + api + "/{id}",
            "DELETE " + api + "/{id}",
            "GET " + pages,
            "GET " + pages + "/new",
            "GET " + pages + "/{id}",
            "POST " + pages,
            "POST " + pages + "/{id}",
            "POST " + pages + "/{id}/delete"
        };
    }

    private static void everyone(String... routes) {
        rows(EVERYONE, routes);
    }

    private static void signedIn(String... routes) {
        rows(SIGNED_IN, routes);
    }

    private static void secretariat(String... routes) {
        rows(SECRETARIAT, routes);
    }

    private static void keepers(String... routes) {
        rows(KEEPERS, routes);
    }

    private static void rows(Set<String> allowed, String... routes) {
        for (String route : routes) {
            ROWS.put(route, allowed);
        }
    }
}
