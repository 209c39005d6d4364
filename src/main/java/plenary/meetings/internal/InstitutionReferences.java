package plenary.meetings.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which meetings hold an intervention or a proposal about an institution: where to look for its mentions. */
@Component
public class InstitutionReferences {

    private final JdbcClient jdbc;

    InstitutionReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the meetings that refer to the institution, in the order they were held. */
    public List<Long> meetingsReferringTo(long institutionId) {
        return jdbc.sql("""
                        SELECT m.id FROM meeting m
                        WHERE m.id IN (SELECT i.meeting_id FROM intervention i
                                       JOIN intervention_institution ii ON ii.intervention_id = i.id
                                       WHERE ii.institution_id = :id)
                           OR m.id IN (SELECT p.meeting_id FROM proposal p
                                       JOIN proposal_institution pi ON pi.proposal_id = p.id
                                       WHERE pi.institution_id = :id)
                        ORDER BY m.starts_on, m.id""").param("id", institutionId).query(Long.class).list();
    }
}
