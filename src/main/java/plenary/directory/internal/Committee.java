package plenary.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.CommitteeId;
import plenary.directory.CommitteeKind;
import plenary.directory.CommitteeView;
import plenary.directory.Nationality;

/** A committee as stored. */
@Table("committee")
public record Committee(
        @Id Long id,
        String name,
        String acronym,
        CommitteeKind kind,
        Nationality country,
        @Version Integer version) {

    public CommitteeView view() {
        return new CommitteeView(new CommitteeId(id), name, acronym, kind, country, version);
    }
}
