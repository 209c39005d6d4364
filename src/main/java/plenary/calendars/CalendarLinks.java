package plenary.calendars;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import plenary.calendars.internal.LinkStore;
import plenary.calendars.internal.LinkStore.StoredLink;
import plenary.directory.CurrentAccount;
import plenary.directory.PlenaryAccount;
import plenary.kernel.RecordNotFound;
import plenary.kernel.Rules;
import plenary.kernel.Secret;
import plenary.studygroups.StudyGroupId;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * An account's calendar links: listed, made (the link shown once) and revoked by the account itself; another's link
 * is not found.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
class CalendarLinks {

    private final LinkStore links;
    private final StudyGroups groups;

    CalendarLinks(LinkStore links, StudyGroups groups) {
        this.links = links;
        this.groups = groups;
    }

    /** The signed-in account's links, the newest first, revoked ones among them. */
    @Transactional(readOnly = true)
    List<CalendarLinkView> mine() {
        List<StoredLink> stored = links.ofAccount(me().accountId());
        if (stored.stream().allMatch(l -> l.studyGroupId() == null)) {
            return stored.stream().map(l -> view(l, null)).toList();
        }
        Map<Long, StudyGroupView> byId =
                groups.all().stream().collect(Collectors.toMap(g -> g.id().value(), Function.identity()));
        return stored.stream()
                .map(l -> view(l, l.studyGroupId() == null ? null : byId.get(l.studyGroupId())))
                .toList();
    }

    /**
     * Makes the signed-in account a link; the answer holds its address under {@code base} (Plenary's address), which
     * is never shown again.
     */
    NewCalendarLink create(CalendarLinkForm form, String base) {
        PlenaryAccount me = me();
        StudyGroupView group = form.studyGroupId() == null
                ? null
                : groups.find(new StudyGroupId(form.studyGroupId())).orElse(null);
        new Rules()
                .required(form.label() == null || form.label().isBlank() ? null : form.label(), "label")
                .check(form.studyGroupId() == null || group != null, "studyGroupId", "exists", "names no study group")
                .enforce();
        String label = Objects.requireNonNull(form.label()).strip();
        Instant now = Instant.now();
        String secret = Secret.generate("");
        long id = links.insert(me.accountId(), label, form.studyGroupId(), Secret.hash(secret), now);
        CalendarLinkView view = new CalendarLinkView(
                id, label, form.studyGroupId(), group == null ? null : group.title(), now, null, null);
        return new NewCalendarLink(view, base + "/calendars/" + secret + ".ics");
    }

    /** Revokes one of the signed-in account's links; revoking a revoked link changes nothing. */
    void revoke(long id) {
        long account = me().accountId();
        links.find(id).filter(l -> l.accountId() == account).orElseThrow(() -> new RecordNotFound("Calendar link", id));
        links.revoke(id, Instant.now());
    }

    private static CalendarLinkView view(StoredLink l, @Nullable StudyGroupView group) {
        return new CalendarLinkView(
                l.id(),
                l.label(),
                l.studyGroupId(),
                group == null ? null : group.title(),
                l.createdAt(),
                l.lastUsedAt(),
                l.revokedAt());
    }

    private static PlenaryAccount me() {
        return CurrentAccount.get().orElseThrow(() -> new AccessDeniedException("Sign in to keep calendar links"));
    }
}
