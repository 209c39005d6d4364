package plenary.institutions.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionStatus;

/** Who shares member states with whom in the regional architecture, on any day. */
@RestController
class OverlapApi {

    private final Memberships memberships;
    private final Clock clock = Clock.systemUTC();

    OverlapApi(Memberships memberships) {
        this.memberships = memberships;
    }

    @Operation(
            summary = "The membership overlap of the institutions on a day",
            description = "The institutions largest first with their member states, the states in the order the "
                    + "membership map draws them with the institutions each belongs to, and every pair of "
                    + "institutions that share member states. A day that is no YYYY-MM-DD date is refused with a "
                    + "problem naming asOf.")
    @GetMapping("/api/institutions/overlap")
    OverlapAnswer overlap(
            @Parameter(description = "The day, YYYY-MM-DD; today (UTC) when left out", example = "2011-11-14")
                    @RequestParam(required = false)
                    @Nullable String asOf) {
        LocalDate day = Days.read(asOf, LocalDate.now(clock));
        Overlap overlap = Overlap.of(memberships.asOf(day));
        return new OverlapAnswer(
                day,
                overlap.institutions().stream()
                        .map(m -> new OverlapInstitution(
                                m.id(), m.name(), m.acronym(), m.kind(), m.status(), overlap.statesOf(m)))
                        .toList(),
                overlap.states().stream()
                        .map(s -> new OverlapState(
                                s,
                                StateNames.english(s),
                                overlap.of(s).stream().map(Membership::id).toList()))
                        .toList(),
                overlap.pairs().stream()
                        .map(p -> new OverlapPair(
                                List.of(p.first().id(), p.second().id()),
                                p.shared(),
                                p.shared().size()))
                        .toList());
    }

    /** The overlap on a day: institutions largest first, states in the map's order, pairs that share members. */
    record OverlapAnswer(
            LocalDate asOf,
            List<OverlapInstitution> institutions,
            List<OverlapState> states,
            List<OverlapPair> pairs) {}

    /** An institution and its member states that day, in the map's order. */
    record OverlapInstitution(
            InstitutionId id,
            String name,
            @Nullable String acronym,
            InstitutionKind kind,
            InstitutionStatus status,
            List<String> members) {}

    /** A state (ISO 3166 alpha-2 code and English name) and the institutions it belongs to, largest first. */
    record OverlapState(String code, String name, List<InstitutionId> institutionIds) {}

    /** Two institutions (the larger first) and the member states they share, in the map's order. */
    record OverlapPair(List<InstitutionId> institutionIds, List<String> shared, int count) {}
}
