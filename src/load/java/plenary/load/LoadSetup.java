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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the load test needs from the running Plenary before it starts, asked over its API: a token for each account
 * (made with HTTP Basic, as a new API client would), the meetings each account may read, the meetings whose report
 * is published, and an open circulation that a writer may comment on.
 */
final class LoadSetup {

    /** An account with its token and the meetings it may read. */
    record Account(String name, String token, List<Long> meetings) {}

    /** An open circulation of a memorandum, and a paragraph of it to comment on. */
    record Circulation(long memorandumId, long circulationId, String paragraphKey) {}

    // Enough meetings to spread the reads over, few enough that setting up stays quick at size L.
    private static final int MEETINGS_CHECKED = 40;
    private static final int MEMORANDA_CHECKED = 30;

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
        for (JsonNode meeting : json.readTree(send("GET", "/api/meetings", bearer, null, 200))) {
            if (readable.size() >= MEETINGS_CHECKED) {
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

    /** The meetings among the account's whose report it gets (published, or a draft it may read). */
    List<Long> reports(Account account) {
        List<Long> found = new ArrayList<>();
        for (long id : account.meetings()) {
            if (status("GET", "/api/meetings/" + id + "/report?format=md", "Bearer " + account.token(), null) == 200) {
                found.add(id);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(account.name() + " finds no report to read");
        }
        return found;
    }

    /**
     * An open circulation the writer may comment on: the first whose trial comment is taken (the trial comment stays,
     * as any other the load test writes).
     */
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
                if (circulation.get("closed").asBoolean()
                        || circulation.get("comments").isEmpty()) {
                    continue;
                }
                long circulationId = circulation.get("id").asLong();
                String key =
                        circulation.get("comments").get(0).get("paragraphKey").asString();
                String comment = "{\"paragraphKey\":\"" + key + "\",\"text\":\"The load test's first comment.\"}";
                if (status("POST", path + "/" + circulationId + "/comments", bearer, comment) == 201) {
                    return Optional.of(new Circulation(memorandumId, circulationId, key));
                }
            }
        }
        return Optional.empty();
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
