package plenary.positions.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.IssueArea;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingRecord;
import plenary.meetings.ProposalView;
import plenary.meetings.Stance;
import plenary.positions.Assessment;
import plenary.positions.MeetingRef;
import plenary.positions.ProposalMention;
import plenary.positions.SubjectAssessments;

/**
 * The assessments of each subject the meetings' interventions name: by stance, in the order of the series, and the
 * proposals put forward in interventions about it. A subject named only without a stance or a proposal has no
 * competing assessments to show and is left out; subjects come in the order the record first assesses them.
 */
public final class AssessmentTable {

    private static final int EXCERPT = 240;

    private final Map<Object, Column> columns = new LinkedHashMap<>();

    /** @param meetings the group's meetings in the order of the series, as the reader may see them */
    public AssessmentTable(List<MeetingRecord> meetings) {
        for (MeetingRecord meeting : meetings) {
            MeetingRef ref = Refs.of(meeting);
            Map<Long, InterventionView> byId = new HashMap<>();
            meeting.sessions()
                    .forEach(s -> s.interventionsInOrder().forEach(i -> {
                        byId.put(i.id(), i);
                        if (i.stance() != null) {
                            Assessment a = new Assessment(ref, i.id(), i.speaker(), i.kind(), excerpt(i.summary()));
                            subjectsOf(i).forEach(key -> column(key).add(i.stance(), a));
                        }
                    }));
            for (ProposalView p : meeting.proposals()) {
                InterventionView made = p.interventionId() == null ? null : byId.get(p.interventionId());
                if (made != null) {
                    ProposalMention mention = new ProposalMention(p.id(), p.text(), ref);
                    subjectsOf(made).forEach(key -> column(key).proposals.add(mention));
                }
            }
        }
    }

    /** The institutions' columns, named by the function (an unknown institution by its id). */
    public List<SubjectAssessments> institutions(Function<InstitutionId, String> names) {
        List<SubjectAssessments> found = new ArrayList<>();
        columns.forEach((key, column) -> {
            if (key instanceof InstitutionId id) {
                found.add(column.view(id, null, names.apply(id)));
            }
        });
        return found;
    }

    public List<SubjectAssessments> issueAreas() {
        List<SubjectAssessments> found = new ArrayList<>();
        columns.forEach((key, column) -> {
            if (key instanceof IssueArea area) {
                found.add(column.view(null, area, area.label()));
            }
        });
        return found;
    }

    /** The institution ids the columns are about, for their names. */
    public List<InstitutionId> institutionIds() {
        return columns.keySet().stream()
                .filter(InstitutionId.class::isInstance)
                .map(InstitutionId.class::cast)
                .toList();
    }

    /**
     * The summary cut after a word at about 240 characters, with an ellipsis where it was cut: long enough that most
     * of the record's single sentences stay whole.
     */
    static String excerpt(String summary) {
        String text = summary.strip();
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        return text.substring(0, cut > 0 ? cut : EXCERPT).stripTrailing() + " …";
    }

    private static List<Object> subjectsOf(InterventionView i) {
        List<Object> keys = new ArrayList<>();
        i.subjects().institutionIds().stream()
                .filter(id -> id != null)
                .distinct()
                .forEach(id -> keys.add(new InstitutionId(id)));
        i.subjects().issueAreas().stream().filter(a -> a != null).distinct().forEach(keys::add);
        return keys;
    }

    private Column column(Object key) {
        return columns.computeIfAbsent(key, k -> new Column());
    }

    /** One subject's assessments as they are gathered. */
    private static final class Column {
        final List<Assessment> positive = new ArrayList<>();
        final List<Assessment> negative = new ArrayList<>();
        final List<Assessment> mixed = new ArrayList<>();
        final List<ProposalMention> proposals = new ArrayList<>();

        void add(Stance stance, Assessment a) {
            switch (stance) {
                case POSITIVE -> positive.add(a);
                case NEGATIVE -> negative.add(a);
                case MIXED -> mixed.add(a);
            }
        }

        SubjectAssessments view(@Nullable InstitutionId id, @Nullable IssueArea area, String name) {
            return new SubjectAssessments(id, area, name, positive, negative, mixed, proposals);
        }
    }
}
