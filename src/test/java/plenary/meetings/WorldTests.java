package plenary.meetings;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import plenary.JsonApi;
import plenary.PlenaryIntegrationTest;
import plenary.TestAccounts;
import tools.jackson.databind.ObjectMapper;

/** Integration tests of the meetings module, each class with a {@link MeetingWorld} of its own. */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorldTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MeetingWorld.Services services;

    MeetingWorld world;
    JsonApi api;

    @BeforeAll
    void world() throws Exception {
        api = new JsonApi(mvc, json);
        world = new MeetingWorld(api, accounts, services);
    }
}
