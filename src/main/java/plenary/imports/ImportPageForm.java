package plenary.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import plenary.imports.ImportedRecord.Facts;
import plenary.imports.ImportedRecord.Intervention;
import plenary.imports.ImportedRecord.Session;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;
import plenary.kernel.PlainText;
import plenary.meetings.InterventionKind;
import plenary.meetings.Stance;

/**
 * What the review page sends to confirm a draft: the study group, and the person's corrections of the facts, the
 * sessions' themes and the interventions' kinds and stances, each field once an item, in order (a blank stance is
 * none).
 */
public record ImportPageForm(
        @Nullable Long studyGroupId,
        @Nullable Integer ordinal,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startsOn,
        @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endsOn,
        @MaxLength(120) @PlainText @Nullable String city,
        @MaxSize(100) List<@MaxLength(1000) @PlainText String> themes,
        @MaxSize(2000) List<InterventionKind> kinds,
        @MaxSize(2000) List<String> stances) {

    public ImportPageForm {
        themes = themes == null ? List.of() : themes;
        kinds = kinds == null ? List.of() : kinds;
        stances = stances == null ? List.of() : stances;
    }

    /** The form that confirms the record as the import read it. */
    public static ImportPageForm of(ImportedRecord record) {
        Facts f = record.facts();
        return new ImportPageForm(
                null,
                f.ordinal(),
                f.startsOn(),
                f.endsOn(),
                f.city(),
                record.sessions().stream()
                        .map(s -> s.theme() == null ? "" : s.theme())
                        .toList(),
                record.interventions().stream().map(Intervention::kind).toList(),
                record.interventions().stream()
                        .map(i -> i.stance() == null ? "" : i.stance().name())
                        .toList());
    }

    /** The record with the corrections made. */
    public ImportedRecord applyTo(ImportedRecord record) {
        Facts f = record.facts();
        Facts facts = new Facts(
                f.title(),
                ordinal,
                startsOn,
                endsOn == null ? startsOn : endsOn,
                blank(city) ? null : city,
                f.country(),
                f.expertsCount(),
                f.committeesCount(),
                f.attendanceQualifier(),
                f.otherRegions(),
                f.host(),
                f.excerpt());
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < record.sessions().size(); i++) {
            Session s = record.sessions().get(i);
            String theme =
                    i < themes.size() && !blank(themes.get(i)) ? themes.get(i).strip() : s.theme();
            sessions.add(new Session(s.number(), theme, s.objectives(), s.excerpt(), s.rule()));
        }
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < record.interventions().size(); i++) {
            Intervention v = record.interventions().get(i);
            InterventionKind kind = i < kinds.size() && kinds.get(i) != null ? kinds.get(i) : v.kind();
            Stance stance = i < stances.size() ? stance(stances.get(i)) : v.stance();
            interventions.add(new Intervention(
                    v.session(), kind, stance, v.speaker(), v.nationality(), v.institutions(), v.excerpt(), v.rule()));
        }
        return new ImportedRecord(facts, sessions, interventions, record.proposals(), record.nextTasks());
    }

    private static @Nullable Stance stance(@Nullable String name) {
        for (Stance s : Stance.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
