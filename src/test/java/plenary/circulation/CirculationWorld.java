package plenary.circulation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import plenary.JsonApi;
import plenary.TestAccounts;
import plenary.TestAccounts.Signed;
import plenary.directory.Directory;
import plenary.directory.PersonId;
import plenary.directory.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A study group for the circulation tests: two co-chairs, a member committee with its representative, a committee
 * that takes no part, and a memorandum of one section of two paragraphs with version 1 frozen.
 */
final class CirculationWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final JsonApi api;
    final ObjectMapper json;
    final Signed coChair;
    final Signed representative;
    final Signed participant;
    final long committee;
    final long otherCommittee;
    final long outsiderPerson;
    /** The committees' short names (their acronyms), as the compilation prints supporters. */
    final String committeeName;

    final String otherCommitteeName;
    final long group;
    long memorandum;
    String section;
    String first;
    String second;

    CirculationWorld(JsonApi api, ObjectMapper json, TestAccounts accounts, Directory directory) throws Exception {
        this.api = api;
        this.json = json;
        int n = SEQUENCE.incrementAndGet();
        String tag = n + "-" + System.nanoTime();
        coChair = accounts.account(Role.CO_CHAIR);
        participant = accounts.account(Role.PARTICIPANT);
        committeeName = "CC" + tag;
        otherCommitteeName = "AC" + tag;
        committee = committee("Circulating Committee " + tag, "CC" + tag);
        otherCommittee = committee("Absent Committee " + tag, "AC" + tag);
        long rep = person("Representative " + tag, committee, "rep" + tag + "@example.org");
        representative = accounts.account(
                Role.COMMITTEE_REPRESENTATIVE,
                directory.person(new PersonId(rep)).orElseThrow());
        outsiderPerson = person("Stranger " + tag, otherCommittee, "stranger" + tag + "@example.org");
        group = api.created(
                        "/api/study-groups",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "title", "Study Group on Circulation " + tag,
                                "status", "ACTIVE",
                                "coChairIds", List.of(coChair.person().id().value()),
                                "rapporteurIds", List.of(),
                                "committeeIds", List.of(committee))))
                .get("id")
                .asLong();
        memorandum();
    }

    private void memorandum() throws Exception {
        memorandum = api.created(
                        "/api/memoranda",
                        coChair.basic(),
                        json.writeValueAsString(
                                Map.of("studyGroupId", group, "fromRecord", false, "title", "Memorandum to circulate")))
                .get("id")
                .asLong();
        JsonNode saved = api.changed(
                "/api/memoranda/" + memorandum,
                coChair.basic(),
                json.writeValueAsString(Map.of(
                        "title",
                        "Memorandum to circulate",
                        "preamble",
                        "The Study Group met twice.",
                        "version",
                        1,
                        "sections",
                        List.of(Map.of(
                                "heading",
                                "Energy",
                                "paragraphs",
                                List.of(
                                        Map.of("text", "Build the pipeline."),
                                        Map.of("text", "Hold an energy dialogue.")))))));
        JsonNode sec = saved.get("sections").get(0);
        section = sec.get("key").asString();
        first = sec.get("paragraphs").get(0).get("key").asString();
        second = sec.get("paragraphs").get(1).get("key").asString();
        api.created(
                "/api/memoranda/" + memorandum + "/versions",
                coChair.basic(),
                json.writeValueAsString(Map.of(
                        "note",
                        "For circulation",
                        "version",
                        saved.get("version").asInt())));
    }

    /** Makes the absent committee a member committee of the group too. */
    void admitOtherCommittee() throws Exception {
        JsonNode read = api.read(api.get("/api/study-groups/" + group, TestAccounts.admin()));
        api.changed(
                "/api/study-groups/" + group,
                TestAccounts.admin(),
                json.writeValueAsString(Map.of(
                        "title", read.get("title").asString(),
                        "status", "ACTIVE",
                        "coChairIds", List.of(coChair.person().id().value()),
                        "rapporteurIds", List.of(),
                        "committeeIds", List.of(committee, otherCommittee),
                        "version", read.get("version").asInt())));
    }

    String circulation(
            Instant deadline, List<Long> committees, List<Long> people, List<Map<String, String>> outsiders) {
        return json.writeValueAsString(Map.of(
                "version",
                1,
                "deadline",
                deadline.toString(),
                "note",
                "Your comments, please.",
                "committeeIds",
                committees,
                "personIds",
                people,
                "outsiders",
                outsiders));
    }

    JsonNode circulate(Instant deadline, List<Map<String, String>> outsiders) throws Exception {
        return api.created(
                "/api/memoranda/" + memorandum + "/circulations",
                coChair.basic(),
                circulation(deadline, List.of(committee), List.of(), outsiders));
    }

    String url(JsonNode circulation) {
        return "/api/memoranda/" + memorandum + "/circulations/"
                + circulation.get("id").asLong();
    }

    private long committee(String name, String acronym) throws Exception {
        return api.created(
                        "/api/committees",
                        TestAccounts.admin(),
                        json.writeValueAsString(
                                Map.of("name", name, "acronym", acronym, "kind", "MEMBER_COMMITTEE", "country", "KR")))
                .get("id")
                .asLong();
    }

    private long person(String name, long committeeId, String email) throws Exception {
        return api.created(
                        "/api/people",
                        TestAccounts.admin(),
                        json.writeValueAsString(Map.of(
                                "name",
                                name,
                                "nationality",
                                "KR",
                                "affiliation",
                                "Institute",
                                "committeeId",
                                committeeId,
                                "pronoun",
                                "SHE",
                                "email",
                                email)))
                .get("id")
                .asLong();
    }
}
