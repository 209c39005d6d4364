package plenary.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.institutions.InstitutionId;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.PositionStance;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;

/**
 * Composes the first draft of a memorandum from the study group's record: a preamble on the meetings, a section
 * for each theme of the sessions (in the order of the series; themes that differ only in case, punctuation and
 * spacing share one), and a recommendation for each supported proposal, in the section of the session where it
 * was put forward, citing the proposal and the institutions that intervention was about.
 */
final class DraftComposer {

    static final String FURTHER = "Further recommendations";

    private DraftComposer() {}

    /** The first draft from the meetings' summaries and their named records, both in the order of the series. */
    static MemorandumText compose(String groupTitle, List<MeetingSummary> meetings, List<MeetingRecord> records) {
        List<MeetingRecord> series = records.stream()
                .sorted(Comparator.comparingInt(MeetingRecord::ordinal))
                .toList();
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<Long, Origin> origins = new HashMap<>();
        int order = 0;
        for (MeetingRecord meeting : series) {
            for (SessionView session : sessionsInOrder(meeting)) {
                Theme theme = themes.computeIfAbsent(sameTheme(session.theme()), k -> new Theme(session.theme()));
                for (InterventionView intervention : session.interventionsInOrder()) {
                    origins.put(intervention.id(), new Origin(theme, order++, institutions(intervention)));
                }
            }
        }
        Theme further = new Theme(FURTHER);
        for (MeetingRecord meeting : series) {
            for (ProposalView proposal : meeting.proposals()) {
                if (!supported(proposal)) {
                    continue;
                }
                Origin origin = proposal.interventionId() == null ? null : origins.get(proposal.interventionId());
                if (origin == null) {
                    further.recommended.add(new Recommended(order++, proposal, List.of()));
                } else {
                    origin.theme().recommended.add(new Recommended(origin.order(), proposal, origin.institutions()));
                }
            }
        }
        List<Theme> sections = new ArrayList<>(themes.values());
        if (!further.recommended.isEmpty()) {
            sections.add(further);
        }
        return new MemorandumText(title(groupTitle), Preamble.of(groupTitle, meetings), keyed(sections));
    }

    /** "Memorandum of the CSCAP Study Group on …". */
    static String title(String groupTitle) {
        return "Memorandum of the " + Preamble.groupName(groupTitle);
    }

    /** The theme as two sessions share it: without case, punctuation or extra spaces. */
    static String sameTheme(String theme) {
        String bare = theme.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return bare.isEmpty() ? theme.strip() : bare;
    }

    static boolean supported(ProposalView proposal) {
        return proposal.positions().stream().anyMatch(p -> p.stance() == PositionStance.SUPPORTS);
    }

    private static List<DraftSection> keyed(List<Theme> themes) {
        List<DraftSection> sections = new ArrayList<>();
        int paragraph = 0;
        for (Theme theme : themes) {
            List<DraftParagraph> paragraphs = new ArrayList<>();
            // A stable sort: proposals put forward in one intervention keep the record's order.
            List<Recommended> inOrder = theme.recommended.stream()
                    .sorted(Comparator.comparingInt(Recommended::order))
                    .toList();
            for (Recommended r : inOrder) {
                paragraphs.add(new DraftParagraph(
                        "para_" + ++paragraph,
                        Recommendation.of(r.proposal().text()),
                        List.of(r.proposal().id()),
                        r.institutions()));
            }
            sections.add(new DraftSection("sec_" + (sections.size() + 1), theme.heading, paragraphs));
        }
        return sections;
    }

    private static List<SessionView> sessionsInOrder(MeetingRecord meeting) {
        return meeting.sessions().stream()
                .sorted(Comparator.comparingInt(SessionView::number))
                .toList();
    }

    private static List<InstitutionId> institutions(InterventionView intervention) {
        return intervention.subjects().institutionIds().stream()
                .filter(Objects::nonNull)
                .distinct()
                .map(InstitutionId::new)
                .toList();
    }

    /** A section in the making: the theme as its first session words it, and the recommendations placed in it. */
    private static final class Theme {

        private final String heading;
        private final List<Recommended> recommended = new ArrayList<>();

        Theme(String heading) {
            this.heading = heading.strip();
        }
    }

    /** Where a proposal was put forward: the section its session falls in, and its place in the series. */
    private record Origin(Theme theme, int order, List<InstitutionId> institutions) {}

    private record Recommended(int order, ProposalView proposal, List<InstitutionId> institutions) {}
}
