package plenary.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.OrganisationView;

/** The organisation as stored: a single row. */
@Table("organisation")
public record Organisation(
        @Id Long id, String name, String acronym, @Version Integer version) {

    public OrganisationView view() {
        return new OrganisationView(id, name, acronym, version);
    }
}
