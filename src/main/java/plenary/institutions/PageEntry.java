package plenary.institutions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

/**
 * Reads the lines of an institution page form into an {@link InstitutionForm}, and puts the rules it breaks
 * back beside the text field that holds the offending line, quoting the line.
 */
final class PageEntry {

    private static final Pattern INDEXED = Pattern.compile("(aliases|members|relations)\\[(\\d+)](?:\\.(\\w+))?");

    private final List<String> aliases;
    // The lines that were read, in the order of the form's entries; lines that could not be read are problems.
    private final List<String> memberLines = new ArrayList<>();
    private final List<String> relationLines = new ArrayList<>();
    private final List<Violation> problems = new ArrayList<>();
    private final InstitutionForm form;

    private PageEntry(InstitutionPageForm page, Function<String, Optional<InstitutionView>> named) {
        aliases = lines(page.aliases());
        List<MemberState> members = new ArrayList<>();
        lines(page.members()).forEach(line -> member(line).ifPresent(members::add));
        List<InstitutionRelation> relations = new ArrayList<>();
        lines(page.relations()).forEach(line -> relation(line, named).ifPresent(relations::add));
        EnumSet<IssueArea> areas = EnumSet.noneOf(IssueArea.class);
        if (page.issueAreas() != null) {
            areas.addAll(page.issueAreas());
        }
        form = new InstitutionForm(
                page.name(),
                page.acronym(),
                aliases,
                page.kind(),
                page.status(),
                page.establishedYear(),
                page.endedYear(),
                areas,
                page.description(),
                members,
                relations,
                page.version());
    }

    static PageEntry read(InstitutionPageForm page, Function<String, Optional<InstitutionView>> named) {
        return new PageEntry(page, named);
    }

    InstitutionForm form() {
        return form;
    }

    /** Saves the form unless a line could not be read; then only checks it, so that every problem shows at once. */
    <T> T submit(Supplier<T> save, Runnable check) {
        try {
            if (problems.isEmpty()) {
                return save.get();
            }
            check.run();
        } catch (InvalidRecord e) {
            List<Violation> all = new ArrayList<>(problems);
            e.violations().forEach(v -> all.add(onPage(v)));
            throw new InvalidRecord(all);
        }
        throw new InvalidRecord(problems);
    }

    private Violation onPage(Violation v) {
        Matcher m = INDEXED.matcher(v.field());
        if (!m.matches()) {
            return v;
        }
        List<String> lines = switch (m.group(1)) {
            case "aliases" -> aliases;
            case "members" -> memberLines;
            default -> relationLines;
        };
        int index = Integer.parseInt(m.group(2));
        String line = index < lines.size() ? lines.get(index) : "line " + (index + 1);
        String part = m.group(3) == null
                ? ""
                : m.group(3).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT) + " ";
        return new Violation(m.group(1), v.rule(), quoted(line) + part + v.message());
    }

    private Optional<MemberState> member(String line) {
        String[] parts = line.split("[\\s,]+");
        if (parts.length > 2 || (parts.length == 2 && !parts[1].matches("\\d{1,4}"))) {
            problems.add(new Violation(
                    "members",
                    "format",
                    quoted(line) + "must be a country code and, if known, the year it joined, as in “KR 2003”"));
            return Optional.empty();
        }
        memberLines.add(line);
        return Optional.of(new MemberState(parts[0], parts.length == 2 ? Integer.valueOf(parts[1]) : null));
    }

    private Optional<InstitutionRelation> relation(String line, Function<String, Optional<InstitutionView>> named) {
        String words = line.replace('_', ' ').toLowerCase(Locale.ROOT);
        for (RelationKind kind : RelationKind.values()) {
            if (words.startsWith(kind.label() + " ")) {
                String target = line.substring(kind.label().length()).strip();
                Optional<InstitutionView> found = named.apply(target);
                if (found.isEmpty()) {
                    problems.add(new Violation(
                            "relations", "exists", quoted(line) + "no institution is named “" + target + "”"));
                    return Optional.empty();
                }
                relationLines.add(line);
                return Optional.of(
                        new InstitutionRelation(kind, found.get().id().value()));
            }
        }
        problems.add(
                new Violation(
                        "relations",
                        "one-of",
                        quoted(line)
                                + "must start with UMBRELLA_FOR, EMBEDDED_IN, SUCCESSOR_OF or LINKED_TO, then an institution's name"));
        return Optional.empty();
    }

    private static String quoted(String line) {
        return "“" + line + "”: ";
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
