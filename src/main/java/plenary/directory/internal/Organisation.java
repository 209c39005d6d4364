package plenary.directory.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.OrganisationView;

/** The organisation as stored: a single row. */
@Table("organisation")
public record Organisation(
        @Id @Nullable Long id,
        String name,
        @Nullable String acronym,
        @Version @Nullable Integer version) {

    public OrganisationView view() {
        return new OrganisationView(Objects.requireNonNull(id), name, acronym, Objects.requireNonNull(version));
    }
}
