package plenary.institutions.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.institutions.InstitutionId;
import plenary.institutions.InstitutionNamed;
import plenary.institutions.InstitutionView;
import plenary.institutions.Institutions;
import plenary.institutions.IssueArea;

/** Reads the stored institutions for other modules, and for this module's own pages and API. */
@Component
@Transactional(readOnly = true)
public class InstitutionQueries implements Institutions {

    private static final Comparator<InstitutionView> BY_NAME =
            Comparator.comparing(InstitutionView::name, String.CASE_INSENSITIVE_ORDER);

    private final InstitutionRepository institutions;
    private final JdbcClient jdbc;
    private final NameMatchers matchers;

    InstitutionQueries(InstitutionRepository institutions, JdbcClient jdbc, NameMatchers matchers) {
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.matchers = matchers;
    }

    @Override
    public List<InstitutionView> all() {
        return institutions.findAll().stream()
                .map(Institution::view)
                .sorted(BY_NAME)
                .toList();
    }

    @Override
    public Map<InstitutionId, Integer> versions() {
        Map<InstitutionId, Integer> versions = new HashMap<>();
        jdbc.sql("SELECT id, version FROM institution").query(rs -> {
            versions.put(new InstitutionId(rs.getLong("id")), rs.getInt("version"));
        });
        return versions;
    }

    @Override
    public Optional<InstitutionView> find(InstitutionId id) {
        return institutions.findById(id.value()).map(Institution::view);
    }

    @Override
    public Map<InstitutionId, InstitutionView> find(Collection<InstitutionId> ids) {
        return institutions.findAllById(ids.stream().map(InstitutionId::value).toList()).stream()
                .map(Institution::view)
                .collect(Collectors.toMap(InstitutionView::id, Function.identity()));
    }

    @Override
    public Map<InstitutionId, String> shortNames(Collection<InstitutionId> ids) {
        List<Long> known = ids.stream().map(InstitutionId::value).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        Map<InstitutionId, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name, acronym FROM institution WHERE id IN (:ids)")
                .param("ids", known)
                .query(rs -> {
                    String acronym = rs.getString("acronym");
                    names.put(
                            new InstitutionId(rs.getLong("id")),
                            acronym != null && !acronym.isBlank() ? acronym : rs.getString("name"));
                });
        return names;
    }

    @Override
    public Optional<InstitutionView> named(String text) {
        String key = NameKey.of(text);
        if (key == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id FROM institution WHERE name_key = :key OR acronym_key = :key
                        UNION SELECT institution_id FROM institution_alias WHERE alias_key = :key
                        ORDER BY 1""").param("key", key).query(Long.class).list().stream()
                .findFirst()
                .map(InstitutionId::new)
                .flatMap(this::find);
    }

    @Override
    public List<InstitutionView> asOf(LocalDate day) {
        return all().stream()
                .filter(i -> i.existedOn(day))
                .map(i -> i.asOf(day))
                .toList();
    }

    @Override
    public List<InstitutionNamed> namedIn(String text) {
        return matchers.current(this::all).in(text);
    }

    @Override
    public Function<String, List<InstitutionNamed>> nameFinder() {
        return matchers.current(this::all)::in;
    }

    /**
     * The institutions whose name, acronym or an alias contains the text (when given) and that deal with the
     * issue area (when given).
     */
    public List<InstitutionView> matching(@Nullable String text, @Nullable IssueArea area) {
        String key = NameKey.of(text);
        return all().stream()
                .filter(i -> area == null || i.issueAreas().contains(area))
                .filter(i -> key == null || mentions(i, key))
                .toList();
    }

    /** The names of the other institutions that relate to this one: while there are any, it stays. */
    public List<String> relatedFrom(long id) {
        String sql = """
                SELECT DISTINCT i.name FROM institution_relation r JOIN institution i ON i.id = r.institution_id
                WHERE r.target_id = :id AND r.institution_id <> :id ORDER BY i.name""";
        return jdbc.sql(sql).param("id", id).query(String.class).list();
    }

    private static boolean mentions(InstitutionView institution, String key) {
        return contains(institution.name(), key)
                || contains(institution.acronym(), key)
                || institution.aliases().stream().anyMatch(a -> contains(a, key));
    }

    private static boolean contains(@Nullable String name, String key) {
        String own = NameKey.of(name);
        return own != null && own.contains(key);
    }
}
