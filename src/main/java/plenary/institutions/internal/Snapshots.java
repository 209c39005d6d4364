package plenary.institutions.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON an institution's revision keeps, written the same way by the pages, the API and the reference data,
 * and the words for what changed between two of them.
 */
final class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // The fields a reader cares about, in the order a page lists them, with their words; id and version change
    // with every save, and the years follow the dates.
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("referenceKey", "reference key");
        FIELDS.put("name", "name");
        FIELDS.put("acronym", "acronym");
        FIELDS.put("aliases", "other names");
        FIELDS.put("kind", "kind");
        FIELDS.put("status", "status");
        FIELDS.put("foundedOn", "founding date");
        FIELDS.put("endedOn", "ending date");
        FIELDS.put("issueAreas", "issue areas");
        FIELDS.put("description", "description");
        FIELDS.put("sourceIndex", "source of its facts");
        FIELDS.put("sources", "sources");
        FIELDS.put("members", "members");
        FIELDS.put("relations", "relations");
    }

    private Snapshots() {}

    static String of(InstitutionView institution) {
        return JSON.writeValueAsString(institution);
    }

    /** The fields that differ, in words ("founding date", "members"); "created" for the first snapshot. */
    static List<String> changes(@Nullable String before, String after) {
        if (before == null) {
            return List.of("created");
        }
        JsonNode was = JSON.readTree(before);
        JsonNode is = JSON.readTree(after);
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((field, words) -> {
            if (!Objects.equals(value(was, field), value(is, field))) {
                changed.add(words);
            }
        });
        return changed.isEmpty() ? List.of("nothing") : changed;
    }

    private static @Nullable JsonNode value(JsonNode snapshot, String field) {
        JsonNode value = snapshot.get(field);
        return value == null || value.isNull() ? null : value;
    }
}
