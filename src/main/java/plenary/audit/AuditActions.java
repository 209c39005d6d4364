package plenary.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The actions the audit log records, as its entries name them; the page filters by them. */
final class AuditActions {

    static final List<String> ALL = List.of(
            "sign-in",
            "sign-in-failed",
            "account-locked",
            "address-refused",
            "account-unlocked",
            "account-created",
            "account-roles-changed",
            "account-deleted",
            "api-token-created",
            "api-token-revoked",
            "report-published",
            "draft-report-exported",
            "named-record-exported",
            "backup-written",
            "memorandum-started",
            "memorandum-version-frozen",
            "memorandum-deleted",
            "memorandum-circulated",
            "memorandum-commented",
            "amendment-proposed",
            "amendment-decided",
            "support-given",
            "support-withdrawn",
            "personal-link-revoked",
            "endorsement-requested",
            "memorandum-endorsed",
            "memorandum-submitted",
            "steering-committee-decided",
            "memorandum-published");

    private AuditActions() {}

    /** The action asked for, or null (all) when none or an unknown one is asked for. */
    static @Nullable String of(@Nullable String asked) {
        return asked != null && ALL.contains(asked) ? asked : null;
    }
}
