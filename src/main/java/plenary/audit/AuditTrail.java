package plenary.audit;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import plenary.backup.BackupWritten;
import plenary.directory.AccountCreated;
import plenary.directory.AccountDeleted;
import plenary.directory.AccountLocked;
import plenary.directory.AccountRolesChanged;
import plenary.directory.AccountUnlocked;
import plenary.directory.AddressRefused;
import plenary.directory.ApiTokenCreated;
import plenary.directory.ApiTokenRevoked;
import plenary.directory.Role;
import plenary.directory.SignInFailed;
import plenary.directory.SignedIn;
import plenary.directory.SignedInWithToken;
import plenary.meetings.NamedRecordExported;
import plenary.reports.DraftReportExported;
import plenary.reports.ReportPublished;

/** Hears what the audit records and appends an entry for each (see the package's description for when). */
@Component
class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    @ApplicationModuleListener
    void on(SignedIn e) {
        log.append(
                e.username(),
                "sign-in",
                "account " + e.username(),
                e.interactive() ? "login form" : "HTTP Basic",
                e.address());
    }

    @ApplicationModuleListener
    void on(SignedInWithToken e) {
        log.append(
                e.username(),
                "sign-in",
                "account " + e.username(),
                "API token " + e.tokenId() + " '" + e.name() + "'",
                e.address());
    }

    @ApplicationModuleListener
    void on(ApiTokenCreated e) {
        log.append(
                e.username(),
                "api-token-created",
                "account " + e.username(),
                "API token " + e.tokenId() + " '" + e.name() + "', scope " + e.scope() + ", expires " + e.expiresAt(),
                null);
    }

    @ApplicationModuleListener
    void on(ApiTokenRevoked e) {
        log.append(
                e.by(),
                "api-token-revoked",
                "account " + e.username(),
                "API token " + e.tokenId() + " '" + e.name() + "'",
                null);
    }

    @ApplicationModuleListener
    void on(SignInFailed e) {
        log.append(e.username(), "sign-in-failed", "account " + e.username(), e.reason(), e.address());
    }

    @ApplicationModuleListener
    void on(AccountLocked e) {
        log.append(
                "plenary",
                "account-locked",
                "account " + e.username(),
                e.failures() + " failed sign-ins; locked until " + e.until(),
                e.address());
    }

    @ApplicationModuleListener
    void on(AddressRefused e) {
        log.append(
                "plenary",
                "address-refused",
                "address " + e.address(),
                e.failures() + " failed sign-ins; refused until " + e.until(),
                e.address());
    }

    @ApplicationModuleListener
    void on(AccountUnlocked e) {
        log.append(e.by(), "account-unlocked", "account " + e.username(), "lock lifted", null);
    }

    @ApplicationModuleListener
    void on(AccountCreated e) {
        log.append(e.by(), "account-created", "account " + e.username(), "roles " + roles(e.roles()), null);
    }

    @ApplicationModuleListener
    void on(AccountRolesChanged e) {
        log.append(
                e.by(),
                "account-roles-changed",
                "account " + e.username(),
                "roles " + roles(e.before()) + " → " + roles(e.after()),
                null);
    }

    @ApplicationModuleListener
    void on(AccountDeleted e) {
        log.append(e.by(), "account-deleted", "account " + e.username(), null, null);
    }

    @ApplicationModuleListener
    void on(ReportPublished e) {
        log.append(
                e.by(),
                "report-published",
                "report of meeting " + e.meetingId(),
                "published report no. " + e.number() + ", version " + e.version(),
                null);
    }

    @EventListener
    void on(DraftReportExported e) {
        log.append(
                e.by(),
                "draft-report-exported",
                "report of meeting " + e.meetingId(),
                "unpublished version " + e.version() + " as "
                        + e.format().name().toLowerCase(),
                null);
    }

    @EventListener
    void on(NamedRecordExported e) {
        log.append(
                e.by(),
                "named-record-exported",
                "meeting " + e.meetingId(),
                "named record of a meeting under the rule " + e.rule(),
                null);
    }

    @ApplicationModuleListener
    void on(BackupWritten e) {
        log.append(
                e.account(),
                "backup-written",
                "the whole instance",
                "archive of " + e.rows() + " rows at schema version " + e.schemaVersion(),
                null);
    }

    private static String roles(Set<Role> roles) {
        return String.join(", ", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
