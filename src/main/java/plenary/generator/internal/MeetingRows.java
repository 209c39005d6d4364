package plenary.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import plenary.directory.Nationality;

/**
 * A study group's meetings as the meetings module keeps them: each with its sessions and their objectives, its
 * participants, its interventions (every kind and stance; the speaker one of the participants, or none; linked to
 * earlier interventions of the group and to the reference institutions), proposals with the positions taken on
 * them, and next tasks.
 */
final class MeetingRows {

    static final String[] RULES = {"NAMED", "NONE", "BY_NATIONALITY", "BY_COMMITTEE"};
    private static final String[] KINDS = {
        "PRESENTATION",
        "BRIEFING",
        "ASSESSMENT",
        "ARGUMENT",
        "PROPOSAL",
        "CONCERN",
        "QUESTION",
        "RESPONSE",
        "GENERAL_DISCUSSION"
    };
    private static final String[] ISSUE_AREAS = {
        "SECURITY",
        "NUCLEAR",
        "NUCLEAR_SAFETY",
        "ENERGY",
        "TRADE",
        "MARITIME",
        "HUMAN_SECURITY",
        "CONFIDENCE_BUILDING",
        "INSTITUTION_BUILDING",
        "ENVIRONMENT",
        "DISASTER_RELIEF",
        "CYBER"
    };
    private static final String[] LINKS = {"RESPONDS_TO", "DISAGREES_WITH", "ELABORATES", "SUPPORTS"};
    private static final String[] STANCES = {"POSITIVE", "NEGATIVE", "MIXED"};
    private static final String[] POSITIONS = {"SUPPORTS", "OPPOSES", "QUALIFIES"};
    static final int SESSIONS = 4;
    static final int PROPOSALS = 3;
    static final int NEXT_TASKS = 2;
    private static final int TAKING_PART = 20;

    /** An intervention as its report tells it: by role and nationality, never by name. */
    record Said(int session, String speaker, String summary) {}

    /** A meeting written, with what its report and the group's memoranda draw on. */
    record Written(
            long id,
            int ordinal,
            String city,
            String country,
            LocalDate startsOn,
            LocalDate endsOn,
            List<String> themes,
            List<Said> said,
            List<Long> proposals,
            List<String> tasks) {}

    private final Tables tables;
    private final List<Long> institutions;
    private final List<Long> earlier = new ArrayList<>();

    MeetingRows(Tables tables, List<Long> institutions) {
        this.tables = tables;
        this.institutions = institutions;
    }

    /** Declares the meetings' tables, in the order of their foreign keys. */
    static void declare(Tables tables) {
        tables.declare(
                "meeting",
                "id",
                "study_group_id",
                "ordinal",
                "title",
                "starts_on",
                "ends_on",
                "city",
                "country",
                "host_committee_id",
                "experts_count",
                "committees_count",
                "attendance_qualifier",
                "includes_other_regions",
                "attribution_rule",
                "version",
                "courtesy",
                "speaker_noun",
                "session_numbering",
                "findings");
        tables.declare("meeting_session", "id", "meeting_id", "session_number", "theme", "chair_person_id", "version");
        tables.declare("session_objective", "session_id", "idx", "objective");
        tables.declare("meeting_participant", "id", "meeting_id", "person_id", "capacity", "version");
        tables.declare(
                "intervention",
                "id",
                "meeting_id",
                "session_id",
                "position",
                "speaker_person_id",
                "kind",
                "summary",
                "paper_title",
                "stance",
                "version",
                "speaker_described_by");
        tables.declare("intervention_institution", "intervention_id", "idx", "institution_id");
        tables.declare("intervention_issue_area", "intervention_id", "idx", "issue_area");
        tables.declare("intervention_link", "intervention_id", "idx", "kind", "target_id");
        tables.declare("proposal", "id", "meeting_id", "intervention_id", "proposal_text", "version");
        tables.declare("proposal_position", "proposal_id", "idx", "stance", "person_id", "intervention_id", "note");
        tables.declare("proposal_institution", "proposal_id", "idx", "institution_id");
        tables.declare(
                "next_task", "id", "meeting_id", "position", "description", "owner", "due_on", "due_note", "version");
        tables.declare("next_task_owner", "next_task_id", "idx", "person_id");
    }

    /** One meeting of the group: its ordinal in the series, held in the year given. */
    Written meeting(
            Random random, Cast cast, long group, int ordinal, int year, List<Cast.Person> people, int interventions) {
        long id = tables.id("meeting");
        Cast.Country host = people.get(random.nextInt(people.size())).country();
        String city = Vocabulary.pick(random, host.cities());
        LocalDate startsOn = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(27));
        LocalDate endsOn = startsOn.plusDays(random.nextInt(3));
        String rule = RULES[(ordinal + (int) (group % 4)) % RULES.length];
        tables.add(
                "meeting",
                id,
                group,
                ordinal,
                ordinal % 3 == 0 ? null : "Meeting " + ordinal + " in " + city,
                startsOn,
                endsOn,
                city,
                host.code(),
                cast.committee(host.code()),
                20 + random.nextInt(30),
                5 + random.nextInt(8),
                new String[] {"EXACTLY", "ABOUT", "MORE_THAN"}[random.nextInt(3)],
                random.nextInt(4) == 0,
                rule,
                0,
                ordinal % 4 == 0
                        ? "The study group thanks " + host.name() + "'s member committee for its hospitality."
                        : null,
                new String[] {"PARTICIPANT", "SPEAKER", "EXPERT"}[random.nextInt(3)],
                new String[] {"ARABIC", "ROMAN", "ORDINAL_WORDS"}[random.nextInt(3)],
                random.nextInt(3) == 0 ? "BULLETS" : "PARAGRAPHS");
        List<Cast.Person> present = participants(random, id, people);
        List<String> themes = new ArrayList<>();
        long[] sessions = new long[SESSIONS];
        for (int s = 0; s < SESSIONS; s++) {
            sessions[s] = tables.id("meeting_session");
            String theme = Vocabulary.pick(random, Vocabulary.THEMES);
            themes.add(theme);
            tables.add(
                    "meeting_session",
                    sessions[s],
                    id,
                    s + 1,
                    theme,
                    present.get(s % 2).id(),
                    0);
            int objectives = 1 + random.nextInt(3);
            for (int o = 0; o < objectives; o++) {
                tables.add(
                        "session_objective",
                        sessions[s],
                        o,
                        "To " + Vocabulary.pick(random, List.of("assess", "compare", "explore", "review")) + " "
                                + Vocabulary.sentence(random).toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<Said> said = new ArrayList<>();
        List<Long> here = new ArrayList<>();
        List<Long> proposing = new ArrayList<>();
        for (int i = 0; i < interventions; i++) {
            int s = i * SESSIONS / interventions;
            long intervention =
                    intervention(random, id, sessions[s], position(i, s, interventions), rule, present, said, s + 1);
            if (i % 7 == 4) {
                proposing.add(intervention);
            }
            here.add(intervention);
        }
        earlier.addAll(here);
        List<Long> proposals = proposals(random, id, proposing.isEmpty() ? here : proposing, here, present);
        List<String> tasks = nextTasks(random, id, present, endsOn);
        return new Written(id, ordinal, city, host.code(), startsOn, endsOn, themes, said, proposals, tasks);
    }

    private static int position(int i, int session, int interventions) {
        int first = (session * interventions + SESSIONS - 1) / SESSIONS;
        return i - first + 1;
    }

    private List<Cast.Person> participants(Random random, long meeting, List<Cast.Person> people) {
        List<Cast.Person> others = new ArrayList<>(people.subList(3, people.size()));
        java.util.Collections.shuffle(others, random);
        List<Cast.Person> present = new ArrayList<>(people.subList(0, 3));
        present.addAll(others.subList(0, TAKING_PART - 3));
        for (int p = 0; p < present.size(); p++) {
            String capacity = p < 2
                    ? "CO_CHAIR"
                    : p == 2
                            ? "RAPPORTEUR"
                            : p < 7 ? "PRESENTER" : p < 9 ? "DISCUSSANT" : p < 11 ? "OBSERVER" : "PARTICIPANT";
            tables.add(
                    "meeting_participant",
                    tables.id("meeting_participant"),
                    meeting,
                    present.get(p).id(),
                    capacity,
                    0);
        }
        return present;
    }

    private long intervention(
            Random random,
            long meeting,
            long session,
            int position,
            String rule,
            List<Cast.Person> present,
            List<Said> said,
            int sessionNumber) {
        long id = tables.id("intervention");
        String kind = KINDS[random.nextInt(KINDS.length)];
        Cast.Person speaker = kind.equals("GENERAL_DISCUSSION") && random.nextBoolean()
                ? null
                : present.get(random.nextInt(present.size()));
        String summary = Vocabulary.summary(random);
        String paper = kind.equals("PRESENTATION") ? Vocabulary.paperTitle(random) : null;
        String stance = kind.equals("ASSESSMENT") || kind.equals("ARGUMENT") || kind.equals("CONCERN")
                ? STANCES[random.nextInt(STANCES.length)]
                : null;
        @Nullable String describedBy = null;
        if (speaker != null && random.nextInt(6) == 0) {
            describedBy = rule.equals("NAMED")
                    ? RULES[random.nextInt(RULES.length)]
                    : RULES[1 + random.nextInt(RULES.length - 1)];
        }
        tables.add(
                "intervention",
                id,
                meeting,
                session,
                position,
                speaker == null ? null : speaker.id(),
                kind,
                summary,
                paper,
                stance,
                0,
                describedBy);
        int institutionCount = institutions.isEmpty() ? 0 : random.nextInt(3);
        List<Long> chosen = new ArrayList<>();
        for (int k = 0; k < institutionCount; k++) {
            long institution = Vocabulary.pick(random, institutions);
            if (!chosen.contains(institution)) {
                tables.add("intervention_institution", id, chosen.size(), institution);
                chosen.add(institution);
            }
        }
        int areas = random.nextInt(3);
        List<String> areasChosen = new ArrayList<>();
        for (int k = 0; k < areas; k++) {
            String area = ISSUE_AREAS[random.nextInt(ISSUE_AREAS.length)];
            if (!areasChosen.contains(area)) {
                tables.add("intervention_issue_area", id, areasChosen.size(), area);
                areasChosen.add(area);
            }
        }
        if (!earlier.isEmpty() && random.nextInt(10) == 0) {
            tables.add(
                    "intervention_link",
                    id,
                    0,
                    LINKS[random.nextInt(LINKS.length)],
                    earlier.get(random.nextInt(earlier.size())));
        }
        String role = speaker == null
                ? "Participants"
                : "A " + Nationality.valueOf(speaker.country().code()).adjective() + " "
                        + (kind.equals("PRESENTATION") ? "presenter" : "participant");
        said.add(new Said(sessionNumber, role, summary));
        return id;
    }

    private List<Long> proposals(
            Random random, long meeting, List<Long> from, List<Long> here, List<Cast.Person> present) {
        List<Long> ids = new ArrayList<>();
        for (int p = 0; p < PROPOSALS; p++) {
            long id = tables.id("proposal");
            tables.add(
                    "proposal",
                    id,
                    meeting,
                    from.get(random.nextInt(from.size())),
                    Vocabulary.recommendation(random),
                    0);
            int positions = 2 + random.nextInt(3);
            for (int k = 0; k < positions; k++) {
                boolean byPerson = random.nextBoolean();
                tables.add(
                        "proposal_position",
                        id,
                        k,
                        POSITIONS[random.nextInt(POSITIONS.length)],
                        byPerson ? present.get(random.nextInt(present.size())).id() : null,
                        byPerson && random.nextBoolean() ? null : here.get(random.nextInt(here.size())),
                        random.nextInt(3) == 0
                                ? "With the proviso that "
                                        + Vocabulary.sentence(random).toLowerCase(java.util.Locale.ROOT)
                                : null);
            }
            if (!institutions.isEmpty() && random.nextBoolean()) {
                tables.add("proposal_institution", id, 0, Vocabulary.pick(random, institutions));
            }
            ids.add(id);
        }
        return ids;
    }

    private List<String> nextTasks(Random random, long meeting, List<Cast.Person> present, LocalDate endsOn) {
        List<String> tasks = new ArrayList<>();
        for (int t = 0; t < NEXT_TASKS; t++) {
            long id = tables.id("next_task");
            Cast.Person owner = present.get(t);
            String description = t == 0
                    ? "Circulate a draft of the memorandum on "
                            + Vocabulary.pick(random, Vocabulary.THEMES).toLowerCase(java.util.Locale.ROOT)
                    : "Prepare the agenda of the next meeting";
            tables.add(
                    "next_task",
                    id,
                    meeting,
                    t + 1,
                    description,
                    "The co-chairs",
                    t == 0 ? endsOn.plusMonths(2) : null,
                    t == 0 ? null : "before the next meeting",
                    0);
            tables.add("next_task_owner", id, 0, owner.id());
            tasks.add(description);
        }
        return tasks;
    }
}
