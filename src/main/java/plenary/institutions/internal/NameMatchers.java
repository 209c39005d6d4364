package plenary.institutions.internal;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import plenary.institutions.InstitutionView;

/**
 * Keeps the one {@link NameMatcher} of the stored institutions, compiled once and compiled again when they change:
 * each use asks the database only for a fingerprint of the institutions (how many, their ids and versions), which
 * any save, delete or migration changes.
 */
@Component
class NameMatchers {

    private final JdbcClient jdbc;
    private volatile @Nullable Compiled compiled;

    NameMatchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Compiled(String fingerprint, NameMatcher matcher) {}

    NameMatcher current(Supplier<List<InstitutionView>> institutions) {
        String fingerprint = jdbc.sql("""
                        SELECT COUNT(*) || ':' || COALESCE(SUM(id), 0) || ':' || COALESCE(MAX(id), 0) || ':'
                               || COALESCE(SUM(version), 0) || ':'
                               || (SELECT COUNT(*) FROM institution_alias)
                        FROM institution""").query(String.class).single();
        Compiled known = compiled;
        if (known == null || !known.fingerprint().equals(fingerprint)) {
            known = new Compiled(
                    fingerprint,
                    NameMatcher.of(institutions.get().stream()
                            .map(NameMatcher.Names::of)
                            .toList()));
            compiled = known;
        }
        return known.matcher();
    }
}
