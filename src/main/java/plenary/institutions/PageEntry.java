package plenary.institutions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;

/**
 * Reads the lines of an institution page form into an {@link InstitutionForm}, and puts the rules it breaks
 * back beside the text field that holds the offending line, quoting the line. On the page, sources are numbered
 * from 1 (a line's "[2]" is the second source); in the form, from 0.
 */
final class PageEntry {

    private static final Pattern INDEXED =
            Pattern.compile("(aliases|members|relations|sources)\\[(\\d+)](?:\\.(\\w+))?");
    // "KR", "KR joined 2005-12-14", "KR joined 2005-12-14 left 2010-01-01 [1]", "KR left 2010-01-01 [2]"
    private static final Pattern MEMBER =
            Pattern.compile("(?i)(\\S+?),?(?:\\s+joined\\s+(\\S+))?(?:\\s+left\\s+(\\S+))?(?:\\s*\\[(\\d{1,4})])?");
    private static final Pattern SOURCE_MARK = Pattern.compile("^(.*?)\\s*\\[(\\d{1,4})]$");
    private static final String KINDS =
            Stream.of(RelationKind.values()).map(RelationKind::name).collect(Collectors.joining(", "));

    private final List<String> aliases;
    // The lines that were read, in the order of the form's entries; lines that could not be read are problems.
    private final List<String> memberLines = new ArrayList<>();
    private final List<String> relationLines = new ArrayList<>();
    private final List<String> sourceLines = new ArrayList<>();
    private final List<Violation> problems = new ArrayList<>();
    private final InstitutionForm form;

    private PageEntry(InstitutionPageForm page, Function<String, Optional<InstitutionView>> named) {
        aliases = lines(page.aliases());
        List<InstitutionSource> sources = new ArrayList<>();
        lines(page.sources()).forEach(line -> source(line).ifPresent(sources::add));
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
                page.foundedOn(),
                page.endedOn(),
                areas,
                page.description(),
                page.source() == null ? null : page.source() - 1,
                sources,
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
        if (v.field().equals("sourceIndex")) {
            return new Violation("source", v.rule(), v.message());
        }
        Matcher m = INDEXED.matcher(v.field());
        if (!m.matches()) {
            return v;
        }
        List<String> lines = switch (m.group(1)) {
            case "aliases" -> aliases;
            case "members" -> memberLines;
            case "sources" -> sourceLines;
            default -> relationLines;
        };
        int index = Integer.parseInt(m.group(2));
        String line = index < lines.size() ? lines.get(index) : "line " + (index + 1);
        String part = m.group(3) == null
                ? ""
                : m.group(3)
                                .replace("sourceIndex", "source")
                                .replaceAll("([A-Z])", " $1")
                                .toLowerCase(Locale.ROOT)
                        + " ";
        return new Violation(m.group(1), v.rule(), quoted(line) + part + v.message());
    }

    private Optional<InstitutionSource> source(String line) {
        String[] parts = line.split("\\|", -1);
        String citation = parts[0].strip();
        String url = parts.length == 3 ? parts[1].strip() : null;
        String date = parts.length >= 2 ? parts[parts.length - 1].strip() : "";
        LocalDate checked = date.isEmpty() ? null : day(date);
        if (parts.length > 3 || (!date.isEmpty() && checked == null)) {
            problems.add(new Violation(
                    "sources",
                    "source-line",
                    quoted(line) + "must be a citation, the address if any and the day it was checked, as in "
                            + "“Joint Statement, 19 September 2005 | https://example.org/statement | 2026-11-30”"));
            return Optional.empty();
        }
        sourceLines.add(line);
        return Optional.of(new InstitutionSource(citation, url == null || url.isEmpty() ? null : url, checked));
    }

    private Optional<MemberState> member(String line) {
        Matcher m = MEMBER.matcher(line);
        LocalDate joined = m.matches() && m.group(2) != null ? day(m.group(2)) : null;
        LocalDate left = m.matches() && m.group(3) != null ? day(m.group(3)) : null;
        if (!m.matches() || (m.group(2) != null && joined == null) || (m.group(3) != null && left == null)) {
            problems.add(new Violation(
                    "members",
                    "member-line",
                    quoted(line) + "must be a country code and, if known, the days it joined and left and the number "
                            + "of its source, as in “KR joined 2005-12-14 left 2010-01-01 [1]”"));
            return Optional.empty();
        }
        memberLines.add(line);
        return Optional.of(new MemberState(m.group(1), joined, left, sourceIndex(m.group(4))));
    }

    private Optional<InstitutionRelation> relation(String line, Function<String, Optional<InstitutionView>> named) {
        Matcher marked = SOURCE_MARK.matcher(line);
        String text = marked.matches() ? marked.group(1) : line;
        Integer source = marked.matches() ? sourceIndex(marked.group(2)) : null;
        String words = text.replace('_', ' ').toLowerCase(Locale.ROOT);
        for (RelationKind kind : RelationKind.values()) {
            if (words.startsWith(kind.label() + " ")) {
                String target = text.substring(kind.label().length()).strip();
                Optional<InstitutionView> found = named.apply(target);
                if (found.isEmpty()) {
                    problems.add(new Violation(
                            "relations", "exists", quoted(line) + "no institution is named “" + target + "”"));
                    return Optional.empty();
                }
                relationLines.add(line);
                return Optional.of(
                        new InstitutionRelation(kind, found.get().id().value(), source));
            }
        }
        problems.add(new Violation(
                "relations",
                "relation-line",
                quoted(line) + "must start with " + KINDS + ", then an institution's name"));
        return Optional.empty();
    }

    private static @Nullable Integer sourceIndex(@Nullable String number) {
        return number == null ? null : Integer.parseInt(number) - 1;
    }

    private static @Nullable LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
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
