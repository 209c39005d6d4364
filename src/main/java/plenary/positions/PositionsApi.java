package plenary.positions;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import plenary.studygroups.StudyGroupId;

/** The positions map as JSON: a study group's, and one proposal's, for anyone signed in. */
@RestController
class PositionsApi {

    private final PositionMaps maps;

    PositionsApi(PositionMaps maps) {
        this.maps = maps;
    }

    @GetMapping("/api/study-groups/{id}/positions")
    GroupPositions ofStudyGroup(@PathVariable StudyGroupId id) {
        return maps.ofStudyGroup(id);
    }

    @GetMapping("/api/proposals/{id}/positions")
    ProposalPositions ofProposal(@PathVariable long id) {
        return maps.ofProposal(id);
    }
}
