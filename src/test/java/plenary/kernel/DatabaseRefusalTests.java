package plenary.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.PlenaryIntegrationTest;

/** The database's refusals, as H2 and PostgreSQL really report them, read for what a person can do about them. */
@PlenaryIntegrationTest
class DatabaseRefusalTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondCommitteeOfTheSameNameIsADuplicate() {
        insertCommittee("CSCAP-Refusals");

        DatabaseRefusal refusal = refusalOf(() -> insertCommittee("CSCAP-Refusals"));

        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.DUPLICATE);
        assertThat(refusal.isConflict()).isTrue();
    }

    @Test
    void deletingACommitteeThatAPersonBelongsToIsAReference() {
        long committee = insertCommittee("CSCAP-Referred");
        jdbc.sql(
                        "INSERT INTO person (name, nationality, committee_id, pronoun) VALUES ('Refused Reference', 'NZ', ?, 'SHE')")
                .param(committee)
                .update();

        DatabaseRefusal refusal = refusalOf(() ->
                jdbc.sql("DELETE FROM committee WHERE id = ?").param(committee).update());

        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.REFERENCE);
    }

    @Test
    void aBrokenCheckConstraintIsAFaultNotAConflict() {
        DatabaseRefusal refusal = refusalOf(() -> jdbc.sql(
                        "INSERT INTO study_group (title, mandate, status, planned_meetings) VALUES ('Checked', 'm', 'UNKNOWN', 3)")
                .update());

        assertThat(refusal.kind()).isEqualTo(DatabaseRefusal.Kind.UNEXPECTED);
        assertThat(refusal.isConflict()).isFalse();
        assertThat(refusal.constraint()).isEqualTo("study_group_status_known");
    }

    private long insertCommittee(String name) {
        return transactions.execute(s -> {
            jdbc.sql("INSERT INTO committee (name, kind) VALUES (?, 'MEMBER_COMMITTEE')")
                    .param(name)
                    .update();
            return jdbc.sql("SELECT id FROM committee WHERE name = ?")
                    .param(name)
                    .query(Long.class)
                    .single();
        });
    }

    private DatabaseRefusal refusalOf(Runnable write) {
        DataIntegrityViolationException e = catchThrowableOfType(
                DataIntegrityViolationException.class, () -> transactions.executeWithoutResult(s -> write.run()));
        assertThat(e).as("the database refused the write").isNotNull();
        return DatabaseRefusal.of(e);
    }
}
