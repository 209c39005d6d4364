package plenary.drafting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.InstitutionView;
import plenary.web.FormErrors;

/**
 * The memorandum's page: the memorandum as it reads, what its paragraphs cite (institutions by name), whether the
 * one reading may draft it and what a paragraph may cite, and the form sent from the page that was not saved, if
 * any, with what it held, why it was refused and, where others saved the same parts meanwhile, both texts. For
 * those who draft it, {@code named} holds the institutions each paragraph's form names in its text, by form.
 */
public record MemorandumPageView(
        MemorandumView memorandum,
        boolean drafter,
        Map<InstitutionId, InstitutionView> institutions,
        List<ProposalStanding> proposalChoices,
        List<InstitutionView> institutionChoices,
        Map<String, List<InstitutionNamed>> named,
        Attempt attempt) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * A form of the page that was sent and not saved: the form's name on the page, the values it sent, the revision
     * it was made on (none where the page should now name the current one), why it was refused, and the parts that
     * others changed meanwhile.
     */
    public record Attempt(
            String form,
            Map<String, List<String>> values,
            @Nullable Integer version,
            FormErrors errors,
            List<MemorandumConflict.Part> conflicts) {

        public Attempt {
            values = Map.copyOf(values);
            conflicts = List.copyOf(conflicts);
        }

        static Attempt none() {
            return new Attempt("", Map.of(), null, FormErrors.none(), List.of());
        }
    }

    /** Whether this form is the one sent and refused: it is shown open, with what was sent. */
    public boolean active(String form) {
        return !attempt.form().isEmpty() && attempt.form().equals(form);
    }

    /** The messages for this form's fields: none unless it is the form refused. */
    public FormErrors errors(String form) {
        return active(form) ? attempt.errors() : FormErrors.none();
    }

    /** What a field holds: what was sent, where this form was refused, or else what the memorandum says. */
    public String value(String form, String field, String stored) {
        List<String> sent = active(form) ? attempt.values().get(field) : null;
        return sent == null || sent.isEmpty() ? stored : sent.get(0);
    }

    /** Whether a checkbox or option for this id is chosen: as it was sent, or as the memorandum cites it. */
    public boolean chosen(String form, String field, long id, Collection<?> stored) {
        if (active(form)) {
            return attempt.values().getOrDefault(field, List.of()).contains(String.valueOf(id));
        }
        return stored.stream().anyMatch(s -> String.valueOf(s).equals(String.valueOf(id)));
    }

    /** The revision a form names: the one its refused text was made on, or else the one the page shows. */
    public int version(String form) {
        return active(form) && attempt.version() != null ? attempt.version() : memorandum.version();
    }

    /** Where the proposals a paragraph cites stand, in the order it cites them. */
    public List<ProposalStanding> standings(MemorandumView.Paragraph paragraph) {
        return paragraph.proposalIds().stream()
                .map(memorandum.standings()::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /** The institutions a form's text names that it does not cite yet: links to suggest, unticked. */
    public List<InstitutionNamed> suggestions(String form, Collection<?> stored) {
        return named.getOrDefault(form, List.of()).stream()
                .filter(n -> !chosen(form, "institutionIds", n.id().value(), stored))
                .toList();
    }

    public String institution(InstitutionId id) {
        InstitutionView found = institutions.get(id);
        return found == null ? "Institution " + id : found.shortName();
    }

    /** Where a part in conflict stands, in words: "Paragraph 3.2", "Heading of section 2", "Title". */
    public static String where(MemorandumConflict.Part part) {
        String number = part.number() == null ? "" : " " + part.number();
        return switch (part.field()) {
            case "text" -> "Paragraph" + number;
            case "heading" -> "Heading of section" + number;
            case "title" -> "Title";
            case "preamble" -> "Preamble";
            default -> "The order of the sections and paragraphs";
        };
    }

    /** "1 December 2026, 19:55 UTC". */
    public static String when(Instant at) {
        return WHEN.format(at);
    }

    /** A holder of a position as the aside names them: "Name (committee)". */
    public static String named(ProposalStanding.PositionHolder holder) {
        return holder.committee() == null ? holder.name() : holder.name() + " (" + holder.committee() + ")";
    }
}
