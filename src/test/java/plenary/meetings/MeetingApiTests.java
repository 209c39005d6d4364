package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static plenary.TestAccounts.admin;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import plenary.directory.CommitteeForm;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeRecords;
import plenary.directory.CurrentAccount;
import tools.jackson.databind.JsonNode;

class MeetingApiTests extends WorldTests {

    @Autowired
    CommitteeRecords committees;

    @Test
    void aCoChairCreatesReadsAndChangesAMeetingOfTheGroup() throws Exception {
        long host = CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                        MeetingWorld.unique("CSCAP-Russia"),
                        null,
                        CommitteeKind.MEMBER_COMMITTEE,
                        plenary.directory.Nationality.RU,
                        null)))
                .id()
                .value();
        String body = """
                {"studyGroupId":%d,"ordinal":%d,"title":"Vladivostok meeting","startsOn":"2011-11-14","endsOn":"2011-11-15",
                 "city":"Vladivostok","country":"RU","hostCommitteeId":%d,"expertsCount":20,"committeesCount":9,
                 "attendanceQualifier":"MORE_THAN","includesOtherRegions":true,"attributionRule":"BY_NATIONALITY"}""".formatted(world.groupId, world.nextOrdinal(), host);
        JsonNode created = api.created("/api/meetings", world.coChair.basic(), body);
        long id = created.get("id").asLong();
        assertThat(created.get("version").asInt()).isZero();
        assertThat(created.get("named").asBoolean()).isTrue();

        api.get("/api/meetings/" + id, world.coChair.basic())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city").value("Vladivostok"))
                .andExpect(jsonPath("$.country").value("RU"))
                .andExpect(jsonPath("$.hostCommitteeId").value(host))
                .andExpect(jsonPath("$.endsOn").value("2011-11-15"))
                .andExpect(jsonPath("$.attendanceQualifier").value("MORE_THAN"))
                .andExpect(jsonPath("$.includesOtherRegions").value(true))
                .andExpect(jsonPath("$.sessions").isArray())
                .andExpect(jsonPath("$.participants").isArray())
                .andExpect(jsonPath("$.proposals").isArray())
                .andExpect(jsonPath("$.nextTasks").isArray());

        api.put(
                        "/api/meetings/" + id,
                        world.rapporteur.basic(),
                        body.replace("Vladivostok meeting", "The final meeting").replace("}", ",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("The final meeting"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void aMeetingKeepsTheThanksAndTheHouseStyleItIsGivenAndHasTheSeedsByDefault() throws Exception {
        String body = """
                {"studyGroupId":%d,"ordinal":%d,"startsOn":"2015-11-09","city":"Seoul","country":"KR",
                 "attributionRule":"BY_NATIONALITY"}""".formatted(world.groupId, world.nextOrdinal());
        long id = api.created("/api/meetings", world.coChair.basic(), body)
                .get("id")
                .asLong();
        api.get("/api/meetings/" + id, world.coChair.basic())
                .andExpect(jsonPath("$.courtesy").doesNotExist())
                .andExpect(jsonPath("$.houseStyle.speakerNoun").value("PARTICIPANT"))
                .andExpect(jsonPath("$.houseStyle.sessionNumbering").value("ARABIC"))
                .andExpect(jsonPath("$.houseStyle.findings").value("PARAGRAPHS"));

        api.put(
                        "/api/meetings/" + id,
                        world.coChair.basic(),
                        body.replace(
                                "}",
                                ",\"courtesy\":\"The Co-Chairs thanked CSCAP-Korea.\",\"speakerNoun\":\"SPEAKER\","
                                        + "\"sessionNumbering\":\"ROMAN\",\"findings\":\"BULLETS\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.courtesy").value("The Co-Chairs thanked CSCAP-Korea."))
                .andExpect(jsonPath("$.houseStyle.speakerNoun").value("SPEAKER"))
                .andExpect(jsonPath("$.houseStyle.sessionNumbering").value("ROMAN"))
                .andExpect(jsonPath("$.houseStyle.findings").value("BULLETS"));
    }

    @Test
    void theMeetingWhoseOrdinalIsTheLastPlannedIsTheFinalOne() throws Exception {
        long group = world.group(List.of(world.coChair.person().id().value()), List.of(), 3);
        long second = world.meeting(group, 2, AttributionRule.NONE);
        long third = world.meeting(group, 3, AttributionRule.NONE);
        assertThat(world.record(second).finalMeeting()).isFalse();
        assertThat(world.record(third).finalMeeting()).isTrue();
        api.get("/api/meetings?studyGroup=" + group, world.steering.basic())
                .andExpect(jsonPath("$[0].ordinal").value(2))
                .andExpect(jsonPath("$[1].ordinal").value(3))
                .andExpect(jsonPath("$[1].finalMeeting").value(true));
    }

    @Test
    void theListComesInPagesWithTheTotalAndTheOtherPagesInTheHeaders() throws Exception {
        long group = world.group(List.of(world.coChair.person().id().value()), List.of(), 3);
        for (int ordinal = 1; ordinal <= 3; ordinal++) {
            world.meeting(group, ordinal, AttributionRule.NONE);
        }
        String pages = "/api/meetings?studyGroup=" + group + "&page=";

        api.get("/api/meetings?studyGroup=" + group + "&size=2", world.steering.basic())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].ordinal").value(1))
                .andExpect(jsonPath("$[1].ordinal").value(2))
                .andExpect(header().string("X-Total-Count", "3"))
                .andExpect(header().string("Link", "<" + pages + "1&size=2>; rel=\"next\""));
        api.get(pages + "1&size=2", world.steering.basic())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].ordinal").value(3))
                .andExpect(header().string("Link", "<" + pages + "0&size=2>; rel=\"prev\""));
        // Without a page, the first, as large as a study group's whole list.
        api.get("/api/meetings?studyGroup=" + group, world.steering.basic())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(header().doesNotExist("Link"));
        // Every meeting, a page of one.
        api.get("/api/meetings?size=1", world.steering.basic())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(header().string("Link", "</api/meetings?page=1&size=1>; rel=\"next\""));
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingIt() throws Exception {
        for (String query : List.of("size=0", "size=501", "page=-1")) {
            String field = query.substring(0, query.indexOf('='));
            api.get("/api/meetings?" + query, world.steering.basic())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value(field))
                    .andExpect(jsonPath("$.violations[0].rule").value("range"));
        }
    }

    @Test
    void eachBrokenRuleOfAMeetingIsNamedWithItsField() throws Exception {
        long steeringCommittee = CurrentAccount.asSystem(() -> committees.create(new CommitteeForm(
                        MeetingWorld.unique("Steering"), null, CommitteeKind.STEERING_COMMITTEE, null, null)))
                .id()
                .value();
        api.post("/api/meetings", world.coChair.basic(), """
                        {"studyGroupId":%d,"ordinal":0,"startsOn":"2011-11-14","endsOn":"2011-11-13","city":" ",
                         "hostCommitteeId":%d,"expertsCount":-1,"committeesCount":-2}""".formatted(world.groupId, steeringCommittee))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='ordinal')].rule").value("range"))
                .andExpect(jsonPath("$.violations[?(@.field=='endsOn')].rule").value("order"))
                .andExpect(jsonPath("$.violations[?(@.field=='city')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='country')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='attributionRule')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='hostCommitteeId')].rule")
                        .value("member-committee"))
                .andExpect(jsonPath("$.violations[?(@.field=='expertsCount')].rule")
                        .value("range"))
                .andExpect(jsonPath("$.violations[?(@.field=='committeesCount')].rule")
                        .value("range"));
        // Over-long text is refused at the boundary, before the rules.
        api.post("/api/meetings", world.coChair.basic(), "{\"title\":\"%s\"}".formatted("t".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='title')].rule").value("max-length"));
        api.post("/api/meetings", admin(), "{\"startsOn\":\"2011-11-14\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='studyGroupId')].rule")
                        .value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='ordinal')].rule").value("required"));
        api.post(
                        "/api/meetings",
                        admin(),
                        MeetingWorldJson.meeting(999_999, 1, "NONE", null)
                                .replace("\"country\":\"RU\",", "\"hostCommitteeId\":999999,\"country\":\"RU\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='studyGroupId')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='hostCommitteeId')].rule")
                        .value("exists"));
    }

    @Test
    void twoMeetingsOfAGroupCannotShareAnOrdinalButTwoGroupsCan() throws Exception {
        int ordinal = world.nextOrdinal();
        world.meeting(world.groupId, ordinal, AttributionRule.NONE);
        api.post("/api/meetings", world.coChair.basic(), MeetingWorldJson.meeting(world.groupId, ordinal, "NONE", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("ordinal"))
                .andExpect(jsonPath("$.violations[0].rule").value("unique"));
        long group = world.group(List.of(world.coChair.person().id().value()), List.of(), 20);
        api.post("/api/meetings", world.coChair.basic(), MeetingWorldJson.meeting(group, ordinal, "NONE", null))
                .andExpect(status().isCreated());
    }

    @Test
    void aMeetingStaysInItsStudyGroup() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        int ordinal = world.record(meeting).ordinal();
        long other = world.group(List.of(world.coChair.person().id().value()), List.of(), 20);
        api.put("/api/meetings/" + meeting, world.coChair.basic(), MeetingWorldJson.meeting(other, ordinal, "NONE", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("studyGroupId"))
                .andExpect(jsonPath("$.violations[0].rule").value("unchanged"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentMeeting() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        int ordinal = world.record(meeting).ordinal();
        String edit = MeetingWorldJson.meeting(world.groupId, ordinal, "NONE", 0);
        api.changed("/api/meetings/" + meeting, world.coChair.basic(), edit.replace("Vladivostok", "Khabarovsk"));
        api.put("/api/meetings/" + meeting, world.rapporteur.basic(), edit.replace("Vladivostok", "Nakhodka"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.city").value("Khabarovsk"))
                .andExpect(jsonPath("$.current.version").value(1));
        api.put("/api/meetings/" + meeting, world.rapporteur.basic(), edit.replace(",\"version\":0", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("version"));
    }

    @Test
    void deletingAMeetingRemovesEverythingItHolds() throws Exception {
        long meeting = world.meetingWithItsKeepers(AttributionRule.NONE);
        long session = world.session(meeting, 1);
        long first = world.intervention(meeting, session);
        InterventionView second = world.intervention(
                meeting,
                session,
                world.participant.person().id().value(),
                InterventionKind.RESPONSE,
                List.of(new Link(LinkKind.RESPONDS_TO, first)));
        MeetingWorld.system(() -> services.proposals()
                .create(
                        new MeetingId(meeting),
                        new ProposalForm(
                                "A proposal",
                                first,
                                List.of(new PositionForm(
                                        PositionStance.OPPOSES, null, second.id(), "should not be a hostage")),
                                List.of(),
                                null)));
        world.nextTask(meeting);

        api.delete("/api/meetings/" + meeting, world.meetingRapporteur.basic()).andExpect(status().isNoContent());
        api.get("/api/meetings/" + meeting, admin()).andExpect(status().isNotFound());
    }

    @Test
    void aMeetingThatLaterMeetingsReferToCannotBeDeleted() throws Exception {
        long earlier = world.meeting(AttributionRule.NONE);
        long earlierIntervention = world.intervention(earlier, world.session(earlier, 1));
        long later = world.meeting(AttributionRule.NONE);
        InterventionView elaboration = world.intervention(
                later,
                world.session(later, 1),
                null,
                InterventionKind.ARGUMENT,
                List.of(new Link(LinkKind.ELABORATES, earlierIntervention)));

        api.delete("/api/meetings/" + earlier, world.coChair.basic())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("link into it")))
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("remove those references first.")));
        api.get("/api/meetings/" + earlier, admin()).andExpect(status().isOk());

        MeetingWorld.system(() -> {
            services.interventions().delete(new MeetingId(later), elaboration.id());
            return null;
        });
        long position = world.meeting(AttributionRule.NONE);
        MeetingWorld.system(() -> services.proposals()
                .create(
                        new MeetingId(position),
                        new ProposalForm(
                                "A later proposal",
                                null,
                                List.of(new PositionForm(PositionStance.SUPPORTS, null, earlierIntervention, null)),
                                List.of(),
                                null)));
        api.delete("/api/meetings/" + earlier, world.coChair.basic())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("positions taken at other meetings")));
    }

    @Test
    void aMissingMeetingIsNotFound() throws Exception {
        api.get("/api/meetings/987654321", admin()).andExpect(status().isNotFound());
        api.put("/api/meetings/987654321", admin(), "{}").andExpect(status().isNotFound());
        api.post("/api/meetings/987654321/sessions", admin(), "{}").andExpect(status().isNotFound());
    }
}
