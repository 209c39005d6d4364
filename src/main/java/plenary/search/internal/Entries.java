package plenary.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import plenary.documents.Document;
import plenary.documents.DocumentTexts;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.kernel.Phrase;
import plenary.meetings.AttributionRule;
import plenary.meetings.InterventionView;
import plenary.meetings.MeetingId;
import plenary.meetings.MeetingRecord;
import plenary.meetings.MeetingSummary;
import plenary.meetings.Meetings;
import plenary.meetings.ProposalView;
import plenary.meetings.SessionView;
import plenary.reports.PublishedReports;
import plenary.search.internal.Entry.Facet;
import plenary.studygroups.StudyGroupView;
import plenary.studygroups.StudyGroups;

/**
 * Reads what is to be found from the modules' APIs and turns it into entries: a meeting's interventions and
 * proposals, a published report's paragraphs, the institutions. Memoranda are read by {@link MemorandumEntries}.
 */
@Component
public class Entries {

    private final Meetings meetings;
    private final PublishedReports reports;
    private final Institutions institutions;
    private final StudyGroups studyGroups;

    Entries(Meetings meetings, PublishedReports reports, Institutions institutions, StudyGroups studyGroups) {
        this.meetings = meetings;
        this.studyGroups = studyGroups;
        this.reports = reports;
        this.institutions = institutions;
    }

    static String meetingOwner(long meetingId) {
        return "meeting:" + meetingId;
    }

    static String reportOwner(long meetingId) {
        return "report:" + meetingId;
    }

    static String institutionOwner(long institutionId) {
        return "institution:" + institutionId;
    }

    /** Every meeting of every study group. */
    public List<Long> meetings() {
        return List.copyOf(places().keySet());
    }

    /** Where a meeting stands in the facets: its study group, itself (place and year), its year. */
    public record Place(Facet group, Facet meeting, int year) {}

    /**
     * Every meeting of every study group with its place, read from the lists of meetings: what a report's entries
     * need, without reading each meeting's whole record again.
     */
    public Map<Long, Place> places() {
        Map<Long, Place> places = new LinkedHashMap<>();
        for (StudyGroupView g : studyGroups.all()) {
            Facet group = new Facet(Long.toString(g.id().value()), g.title());
            for (MeetingSummary m : meetings.ofStudyGroup(g.id())) {
                long id = m.id().value();
                int year = m.startsOn().getYear();
                places.put(id, new Place(group, new Facet(Long.toString(id), m.city() + " " + year), year));
            }
        }
        return places;
    }

    /** A meeting's interventions and proposals, or none when it is gone. */
    public List<Entry> meeting(long meetingId) {
        return meeting(meetingId, institutionLabels());
    }

    /**
     * A meeting's interventions and proposals, or none when it is gone, with the institutions' labels read once
     * for many meetings (a rebuild): reading every institution again for each meeting cost more than the meeting.
     */
    public List<Entry> meeting(long meetingId, Map<Long, String> institutionLabels) {
        Optional<MeetingRecord> named = meetings.record(new MeetingId(meetingId));
        if (named.isEmpty()) {
            return List.of();
        }
        return meeting(named.get(), meetings.described(named.get()), institutionLabels);
    }

    List<Entry> meeting(MeetingRecord named, MeetingRecord described, Map<Long, String> institutionLabels) {
        boolean restricted = named.attributionRule() != AttributionRule.NAMED;
        Set<String> namesFor = new HashSet<>();
        if (restricted) {
            namesFor.add("secretariat");
            namesFor.add("group:" + named.studyGroupId().value());
            named.namedParticipants()
                    .forEach(p -> namesFor.add("person:" + p.personId().value()));
        }
        Facet group = new Facet(Long.toString(named.studyGroupId().value()), named.studyGroupTitle());
        Facet meeting = meetingFacet(named);
        int year = named.startsOn().getYear();
        String owner = meetingOwner(named.id().value());
        List<Entry> entries = new ArrayList<>();
        for (int s = 0; s < named.sessions().size(); s++) {
            SessionView session = named.sessions().get(s);
            List<InterventionView> namedOnes = session.interventionsInOrder();
            List<InterventionView> describedOnes = described.sessions().get(s).interventionsInOrder();
            for (int i = 0; i < namedOnes.size(); i++) {
                InterventionView n = namedOnes.get(i);
                String text = interventionText(describedOnes.get(i));
                String namedText = interventionText(n);
                entries.add(new Entry(
                        "intervention:" + n.id(),
                        owner,
                        "intervention",
                        "Session " + session.number() + ": " + session.theme(),
                        text,
                        restricted && !namedText.equals(text) ? namedText : null,
                        namesFor,
                        false,
                        "/meetings/interventions/" + n.id(),
                        group,
                        meeting,
                        year,
                        institutions(n.subjects().institutionIds(), institutionLabels),
                        Phrase.of("search.heading.session", Integer.toString(session.number()), session.theme())));
            }
        }
        for (ProposalView p : named.proposals()) {
            entries.add(new Entry(
                    "proposal:" + p.id(),
                    owner,
                    "proposal",
                    "Proposal at " + meeting.label(),
                    p.text(),
                    null,
                    Set.of(),
                    false,
                    "/meetings/" + named.id().value(),
                    group,
                    meeting,
                    year,
                    List.of(),
                    Phrase.of("search.heading.proposal", meeting.label())));
        }
        return entries;
    }

    private static String interventionText(InterventionView i) {
        StringBuilder text = new StringBuilder();
        String speaker = i.speaker();
        if (speaker != null && !speaker.isEmpty()) {
            // "a Russian participant" opens the entry, as a sentence.
            text.append(Character.toUpperCase(speaker.charAt(0)))
                    .append(speaker.substring(1))
                    .append(": ");
        }
        text.append(i.summary());
        if (i.paperTitle() != null) {
            text.append(" (").append(i.paperTitle()).append(')');
        }
        return text.toString();
    }

    static Facet meetingFacet(MeetingRecord record) {
        return new Facet(
                Long.toString(record.id().value()),
                record.city() + " " + record.startsOn().getYear());
    }

    private static List<Facet> institutions(List<@Nullable Long> ids, Map<Long, String> labels) {
        return ids.stream()
                .filter(Objects::nonNull)
                .distinct()
                .filter(labels::containsKey)
                .map(id -> new Facet(id.toString(), Objects.requireNonNull(labels.get(id))))
                .toList();
    }

    /** The paragraphs of a meeting's report as last published, or none when it never was. */
    public List<Entry> report(long meetingId) {
        Optional<MeetingRecord> record = meetings.record(new MeetingId(meetingId));
        if (record.isEmpty()) {
            return List.of();
        }
        MeetingRecord meeting = record.get();
        Facet group = new Facet(Long.toString(meeting.studyGroupId().value()), meeting.studyGroupTitle());
        return report(
                meetingId,
                new Place(group, meetingFacet(meeting), meeting.startsOn().getYear()));
    }

    /**
     * The paragraphs of a meeting's report as last published, or none when it never was, the meeting's place known
     * already (a rebuild reads it from the lists of meetings rather than from each meeting's record).
     */
    public List<Entry> report(long meetingId, @Nullable Place place) {
        Optional<Document> published = reports.lastPublication(new MeetingId(meetingId));
        if (published.isEmpty() || place == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (DocumentTexts.Text text : DocumentTexts.of(published.get())) {
            if (text.kind() != DocumentTexts.Kind.PARAGRAPH) {
                continue;
            }
            entries.add(new Entry(
                    "report:" + meetingId + ":" + text.eId(),
                    reportOwner(meetingId),
                    "report",
                    published.get().title() + ", " + text.location(),
                    text.text(),
                    null,
                    Set.of(),
                    true,
                    "/reports/" + meetingId,
                    place.group(),
                    place.meeting(),
                    place.year(),
                    List.of()));
        }
        return entries;
    }

    /** The meetings whose reports were published. */
    public List<Long> publishedReports() {
        return reports.all().stream().map(r -> r.meetingId()).distinct().toList();
    }

    /** Every institution, as entries by owner. */
    public Map<String, List<Entry>> institutions() {
        return institutions.all().stream()
                .collect(Collectors.toMap(i -> institutionOwner(i.id().value()), i -> List.of(institution(i))));
    }

    /** The names of each institution (name, acronym, aliases): the synonyms of queries. */
    public List<List<String>> names() {
        return institutions.all().stream().map(Entries::names).toList();
    }

    /** What tells whether the institutions changed: their ids and versions. */
    public Map<InstitutionId, Integer> institutionVersions() {
        return institutions.versions();
    }

    /** Each institution's short name by its id: the label of its facet. */
    public Map<Long, String> institutionLabels() {
        return institutions.all().stream()
                .collect(Collectors.toMap(i -> i.id().value(), InstitutionView::shortName, (a, b) -> a));
    }

    private static List<String> names(InstitutionView i) {
        List<String> names = new ArrayList<>();
        names.add(i.name());
        if (i.acronym() != null && !i.acronym().isBlank()) {
            names.add(i.acronym());
        }
        names.addAll(i.aliases());
        return names;
    }

    private static Entry institution(InstitutionView i) {
        String description = i.description() == null ? "" : " " + i.description();
        InstitutionId id = i.id();
        return new Entry(
                "institution:" + id.value(),
                institutionOwner(id.value()),
                "institution",
                i.name(),
                String.join(", ", names(i)) + "." + description,
                null,
                Set.of(),
                false,
                "/institutions/" + id.value(),
                null,
                null,
                null,
                List.of(new Facet(Long.toString(id.value()), i.shortName())));
    }
}
