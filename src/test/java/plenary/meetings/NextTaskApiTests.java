package plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NextTaskApiTests extends WorldTests {

    @Test
    void theSeedsNextTasksAreRecordedInOrderWithOwnersAndWhen() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        String path = "/api/meetings/" + meeting + "/next-tasks";
        long draft = api.created(path, world.coChair.basic(), """
                {"description":"Start the drafting of a CSCAP Memorandum","owner":"the Co-Chairs of the Study Group",
                 "ownerPersonIds":[%d]}""".formatted(
                                world.coChair.person().id().value()))
                .get("id")
                .asLong();
        JsonNode submit = api.created(path, world.coChair.basic(), """
                {"description":"Submit the final document","owner":"the Co-Chairs of the Study Group",
                 "dueNote":"the next Steering Committee, next year"}""");
        JsonNode circulate = api.created(path, world.coChair.basic(), """
                {"description":"Circulate the draft to the member committees and other institutions",
                 "owner":"the Co-Chairs","dueOn":"2012-03-01","position":2}""");
        assertThat(circulate.get("position").asInt()).isEqualTo(2);
        assertThat(circulate.get("dueOn").asString()).isEqualTo("2012-03-01");

        api.get("/api/meetings/" + meeting, world.coChair.basic())
                .andExpect(jsonPath("$.nextTasks[0].id").value(draft))
                .andExpect(jsonPath("$.nextTasks[0].ownerNames[0]")
                        .value(world.coChair.person().name()))
                .andExpect(
                        jsonPath("$.nextTasks[1].id").value(circulate.get("id").asLong()))
                .andExpect(jsonPath("$.nextTasks[2].id").value(submit.get("id").asLong()))
                .andExpect(jsonPath("$.nextTasks[2].dueNote").value("the next Steering Committee, next year"));
    }

    @Test
    void eachBrokenRuleOfANextTaskIsNamed() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        api.post(
                        "/api/meetings/" + meeting + "/next-tasks",
                        world.coChair.basic(),
                        "{\"ownerPersonIds\":[987654321],\"position\":2}")
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.violations[?(@.field=='description')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='owner')].rule").value("required"))
                .andExpect(jsonPath("$.violations[?(@.field=='ownerPersonIds[0]')].rule")
                        .value("exists"))
                .andExpect(jsonPath("$.violations[?(@.field=='position')].rule").value("range"));
        // Over-long text is refused at the boundary, before the rules.
        api.post(
                        "/api/meetings/" + meeting + "/next-tasks",
                        world.coChair.basic(),
                        "{\"description\":\"x\",\"owner\":\"y\",\"dueNote\":\"%s\"}".formatted("n".repeat(301)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field=='dueNote')].rule").value("max-length"));
        api.post(
                        "/api/meetings/" + meeting + "/next-tasks",
                        world.coChair.basic(),
                        "{\"description\":\"x\",\"owner\":\"y\",\"dueOn\":\"next year\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("dueOn"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsTheCurrentNextTask() throws Exception {
        long meeting = world.meeting(AttributionRule.NONE);
        long task = world.nextTask(meeting);
        String path = "/api/meetings/" + meeting + "/next-tasks/" + task;
        api.changed(
                path,
                world.coChair.basic(),
                "{\"description\":\"Draft soon\",\"owner\":\"the Co-Chairs\",\"version\":0}");
        api.put(
                        path,
                        world.coChair.basic(),
                        "{\"description\":\"Draft later\",\"owner\":\"the Co-Chairs\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.description").value("Draft soon"));
    }
}
