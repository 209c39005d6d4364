package plenary.institutions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.institutions.InstitutionForm;
import plenary.institutions.InstitutionKind;
import plenary.institutions.InstitutionRelation;
import plenary.institutions.InstitutionSource;
import plenary.institutions.InstitutionStatus;
import plenary.institutions.InstitutionView;
import plenary.institutions.MemberState;
import plenary.kernel.InvalidRecord;
import plenary.kernel.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference data file read and checked: every entry must pass the rules a form passes (checked against the
 * file's other entries), and more, since the file is the record's reference: every fact, member and relation
 * names a source of the file, and every relation leads to another entry. A file that breaks any of this is
 * refused whole, with every entry and rule it breaks.
 */
final class ReferenceData {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    final int version;
    final List<Prepared> entries;

    private ReferenceData(int version, List<Prepared> entries) {
        this.version = version;
        this.entries = entries;
    }

    /** One entry, ready to write: its key, the hash of what it says, and its form once targets have ids. */
    record Prepared(String key, String hash, ReferenceFile.Entry entry, List<String> sourceKeys, ReferenceFile file) {

        /** The form of this entry, with its relations' targets given ids. */
        InstitutionForm form(Function<String, Long> idOf) {
            return ReferenceData.form(entry, sourceKeys, file, idOf);
        }
    }

    /** Reads and checks the file; throws {@link IllegalStateException} naming every entry and rule it breaks. */
    static ReferenceData read(byte[] bytes, String name) {
        ReferenceFile file;
        try {
            file = JSON.readValue(bytes, ReferenceFile.class);
        } catch (JacksonException e) {
            throw new IllegalStateException(name + " cannot be read, so no reference data was loaded: "
                    + e.getOriginalMessage() + " at " + e.getPathReference());
        }
        List<String> problems = new ArrayList<>();
        file.sources().forEach((key, source) -> {
            if (source == null || source.citation() == null || source.citation().isBlank()) {
                problems.add("source “" + key + "”: citation (required): must be given");
            }
            if (source == null || source.checked() == null) {
                problems.add("source “" + key + "”: checked (required): must be given");
            }
        });
        Map<String, Long> ids = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < file.institutions().size(); i++) {
            ReferenceFile.Entry entry = file.institutions().get(i);
            String key = entry == null ? null : entry.key();
            if (entry == null || key == null || !KEY.matcher(key).matches()) {
                problems.add("entry " + (i + 1) + ": key (format): must be lower-case words joined by hyphens");
                continue;
            }
            if (ids.putIfAbsent(key, (long) i + 1) != null) {
                problems.add("entry “" + key + "”: key (unique): repeats another entry's key");
                continue;
            }
            List<String> sourceKeys = sourceKeys(entry, file, key, problems);
            prepared.add(new Prepared(key, hash(entry, sourceKeys, file), entry, sourceKeys, file));
        }
        for (Prepared p : prepared) {
            for (int r = 0; r < p.entry().relations().size(); r++) {
                ReferenceFile.Relation relation = p.entry().relations().get(r);
                String target = relation == null ? null : relation.target();
                if (target != null && !ids.containsKey(target)) {
                    problems.add("entry “" + p.key() + "”: relations[" + r + "].target (exists): names no entry “"
                            + target + "”");
                }
            }
        }
        // First each entry alone, then, once each is whole, against the others (names, relations, circles).
        check(prepared, ids, List.of(), problems);
        if (problems.isEmpty()) {
            List<InstitutionView> views = prepared.stream()
                    .map(p -> Institution.of(p.form(k -> ids.getOrDefault(k, -1L)), null, null)
                            .identified(Objects.requireNonNull(ids.get(p.key())), 0, p.key(), p.hash())
                            .view())
                    .toList();
            check(prepared, ids, views, problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(name + " breaks " + problems.size()
                    + (problems.size() == 1 ? " rule" : " rules") + ", so no reference data was loaded:\n  "
                    + String.join("\n  ", problems));
        }
        return new ReferenceData(file.version(), prepared);
    }

    private static void check(
            List<Prepared> prepared, Map<String, Long> ids, List<InstitutionView> views, List<String> problems) {
        for (Prepared p : prepared) {
            long id = Objects.requireNonNull(ids.get(p.key()));
            // Alone, a relation's target is not there to be found: leave that to the check against the others.
            List<InstitutionView> others = views.isEmpty()
                    ? prepared.stream()
                            .map(o -> InstitutionView.of(
                                    Objects.requireNonNull(ids.get(o.key())),
                                    "#" + o.key(),
                                    null,
                                    InstitutionKind.FORUM,
                                    InstitutionStatus.ACTIVE))
                            .toList()
                    : views;
            try {
                InstitutionRules.enforce(id, p.form(k -> ids.getOrDefault(k, -1L)), others);
            } catch (InvalidRecord e) {
                for (Violation v : e.violations()) {
                    problems.add("entry “" + p.key() + "”: " + v.field() + " (" + v.rule() + "): " + v.message());
                }
            }
        }
    }

    // The sources the entry uses, in the order it first names them: the entry's own first.
    private static List<String> sourceKeys(
            ReferenceFile.Entry entry, ReferenceFile file, String key, List<String> problems) {
        Set<String> keys = new LinkedHashSet<>();
        use(entry.source(), "source", file, key, keys, problems);
        for (int m = 0; m < entry.members().size(); m++) {
            ReferenceFile.Member member = entry.members().get(m);
            use(member == null ? null : member.source(), "members[" + m + "].source", file, key, keys, problems);
        }
        for (int r = 0; r < entry.relations().size(); r++) {
            ReferenceFile.Relation relation = entry.relations().get(r);
            use(relation == null ? null : relation.source(), "relations[" + r + "].source", file, key, keys, problems);
        }
        return List.copyOf(keys);
    }

    private static void use(
            @Nullable String source,
            String field,
            ReferenceFile file,
            String key,
            Set<String> keys,
            List<String> problems) {
        if (source == null || source.isBlank()) {
            problems.add("entry “" + key + "”: " + field + " (required): every fact needs its source");
        } else if (!file.sources().containsKey(source)) {
            problems.add("entry “" + key + "”: " + field + " (exists): names no source “" + source + "”");
        } else {
            keys.add(source);
        }
    }

    static InstitutionForm form(
            ReferenceFile.Entry entry, List<String> sourceKeys, ReferenceFile file, Function<String, Long> idOf) {
        Function<@Nullable String, @Nullable Integer> index = k -> {
            int i = k == null ? -1 : sourceKeys.indexOf(k);
            return i < 0 ? null : i;
        };
        return new InstitutionForm(
                entry.name(),
                entry.acronym(),
                entry.aliases(),
                entry.kind(),
                entry.status(),
                entry.founded(),
                entry.ended(),
                Set.copyOf(entry.issueAreas().stream().filter(Objects::nonNull).toList()),
                entry.description(),
                index.apply(entry.source()),
                sourceKeys.stream()
                        .map(k -> file.sources().get(k))
                        .map(s -> new InstitutionSource(s.citation(), s.url(), s.checked()))
                        .toList(),
                entry.members().stream()
                        .map(m -> m == null
                                ? null
                                : new MemberState(m.state(), m.joined(), m.left(), index.apply(m.source())))
                        .toList(),
                entry.relations().stream()
                        .map(r -> r == null
                                ? null
                                : new InstitutionRelation(
                                        r.kind(),
                                        r.target() == null ? null : idOf.apply(r.target()),
                                        index.apply(r.source())))
                        .toList(),
                null);
    }

    // What the entry says, with the sources it names: when this changes, the entry is applied again.
    private static String hash(ReferenceFile.Entry entry, List<String> sourceKeys, ReferenceFile file) {
        Map<String, ReferenceFile.Source> sources = new LinkedHashMap<>();
        sourceKeys.forEach(k -> sources.put(k, file.sources().get(k)));
        String text = JSON.writeValueAsString(List.of(entry, sources));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
