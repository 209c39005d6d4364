package plenary.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the load test needs from the running Plenary before it starts, asked over its API: a token for each account
 * (made with HTTP Basic, as a new API client would), the meetings each account may read, the meetings whose report
 * it gets, and a circulation of the run's own that a writer may comment on.
 */
final class LoadSetup {

    /** An account with its token and the meetings it may read. */
    record Account(String name, String token, List<Long> meetings) {}

    /** A circulation of a memorandum, a paragraph of it to comment on, and whether its deadline has passed. */
    record Circulation(long memorandumId, long circulationId, String paragraphKey, boolean late) {

        /** A comment's body; one after the deadline says so, or it is refused. */
        String comment(String text) {
            return "{\"paragraphKey\":\"" + paragraphKey + "\",\"text\":\"" + text + "\",\"late\":" + late + "}";
        }
    }

    // Enough meetings to spread the reads over, few enough that setting up stays quick at size L.
    private static final int MEETINGS_KEPT = 40;
    private static final int MEETINGS_CHECKED = 200;
    // At size L the writer's group's memoranda may come after a few hundred others in the list.
    private static final int MEMORANDA_CHECKED = 600;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final String password;

    LoadSetup(String base, String password) {
        this.base = base;
        this.password = password;
    }

    /** Makes a token of the scope (READ or WRITE) for the account, then finds the meetings it may read. */
    Account account(String name, String scope) {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        String body = "{\"name\":\"load test\",\"scope\":\"" + scope + "\"}";
        JsonNode made = json.readTree(send("POST", "/api/account/tokens", basic, body, 201));
        String token = made.get("token").asString();
        String bearer = "Bearer " + token;
        List<Long> readable = new ArrayList<>();
        int checked = 0;
        for (JsonNode meeting : json.readTree(send("GET", "/api/meetings", bearer, null, 200))) {
            if (readable.size() >= MEETINGS_KEPT || checked++ >= MEETINGS_CHECKED) {
                break;
            }
            long id = meeting.get("id").asLong();
            if (status("GET", "/api/meetings/" + id, bearer, null) == 200) {
                readable.add(id);
            }
        }
        if (readable.isEmpty()) {
            throw new IllegalStateException(name + " may read no meeting");
        }
        return new Account(name, token, readable);
    }

    /**
     * Drafts and publishes the report of each of the keeper's meetings that has none, as its co-chair would: the demo
     * record (size S) holds no report. A publication the leak check holds up is left a draft.
     */
    void publishMissingReports(Account keeper) {
        String bearer = "Bearer " + keeper.token();
        for (long id : keeper.meetings()) {
            String report = "/api/meetings/" + id + "/report";
            if (status("GET", report + "/state", bearer, null) != 404) {
                continue;
            }
            HttpResponse<String> draft = exchange("POST", report + "/draft", bearer, null);
            if (draft.statusCode() == 201) {
                int version = json.readTree(draft.body()).get("latestVersion").asInt();
                exchange("POST", report + "/publish", bearer, "{\"version\":" + version + "}");
            }
        }
    }

    /**
     * Meetings whose report the account gets (published, or a draft it may read), from the whole list: the list
     * starts with each group's latest meeting, whose report the generator leaves unpublished (at size L, 500 of them,
     * a whole page).
     */
    List<Long> reports(Account account) {
        String bearer = "Bearer " + account.token();
        List<Long> found = new ArrayList<>();
        // The list comes in pages (of 500 here): at size L the first holds only groups' latest meetings.
        for (int page = 0; found.size() < MEETINGS_KEPT; page++) {
            JsonNode meetings = json.readTree(send("GET", "/api/meetings?size=500&page=" + page, bearer, null, 200));
            if (meetings.isEmpty()) {
                break;
            }
            for (JsonNode meeting : meetings) {
                long id = meeting.get("id").asLong();
                if (found.size() >= MEETINGS_KEPT) {
                    break;
                }
                if (status("GET", "/api/meetings/" + id + "/report?format=md", bearer, null) == 200) {
                    found.add(id);
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(account.name() + " finds no report to read");
        }
        return found;
    }

    /** A circulation with comments that the writer may comment on: the first whose trial comment is taken. */
    Optional<Circulation> circulation(Account writer) {
        String bearer = "Bearer " + writer.token();
        int checked = 0;
        for (JsonNode memorandum : json.readTree(send("GET", "/api/memoranda", bearer, null, 200))) {
            if (checked++ >= MEMORANDA_CHECKED) {
                break;
            }
            long memorandumId = memorandum.get("id").asLong();
            String path = "/api/memoranda/" + memorandumId + "/circulations";
            for (JsonNode circulation : json.readTree(send("GET", path, bearer, null, 200))) {
                // One past its deadline still takes comments that say they are late: the generator's are past it.
                if (circulation.get("comments").isEmpty()) {
                    continue;
                }
                Circulation found = new Circulation(
                        memorandumId,
                        circulation.get("id").asLong(),
                        circulation.get("comments").get(0).get("paragraphKey").asString(),
                        circulation.get("closed").asBoolean());
                if (mayComment(writer, found)) {
                    return Optional.of(
                            circulateAgain(writer, found, circulation).orElse(found));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The version a circulation sent, circulated again to its first member committee for this run, if the writer may:
     * so that each run comments on a circulation of its own, as on a new record, and not on one that the earlier runs
     * on the same record filled (at size L, 4,800 comments after a few runs, all of them in every read).
     */
    private Optional<Circulation> circulateAgain(Account writer, Circulation found, JsonNode sent) {
        Optional<JsonNode> committee = sent.get("recipients")
                .valueStream()
                .filter(r -> "COMMITTEE".equals(r.get("kind").asString()))
                .findFirst();
        if (committee.isEmpty()) {
            return Optional.empty();
        }
        String body = "{\"version\":" + sent.get("version").asInt()
                + ",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(30)) + "\""
                + ",\"note\":\"Circulated again for a run of the load test.\""
                + ",\"committeeIds\":[" + committee.get().get("committeeId").asLong() + "]}";
        String path = "/api/memoranda/" + found.memorandumId() + "/circulations";
        HttpResponse<String> response = exchange("POST", path, "Bearer " + writer.token(), body);
        if (response.statusCode() != 201) {
            return Optional.empty();
        }
        Circulation again = new Circulation(
                found.memorandumId(), json.readTree(response.body()).get("id").asLong(), found.paragraphKey(), false);
        return mayComment(writer, again) ? Optional.of(again) : Optional.empty();
    }

    /** Whether the writer's trial comment on the circulation is taken (it stays, as the load test's comments do). */
    boolean mayComment(Account writer, Circulation circulation) {
        String path = "/api/memoranda/" + circulation.memorandumId() + "/circulations/" + circulation.circulationId()
                + "/comments";
        String comment = circulation.comment("The load test's trial comment.");
        return status("POST", path, "Bearer " + writer.token(), comment) == 201;
    }

    private String send(String method, String path, String authorization, String body, int expected) {
        HttpResponse<String> response = exchange(method, path, authorization, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private int status(String method, String path, String authorization, String body) {
        return exchange(method, path, authorization, body).statusCode();
    }

    private HttpResponse<String> exchange(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json, */*");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body));
        }
        try {
            return client.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}
