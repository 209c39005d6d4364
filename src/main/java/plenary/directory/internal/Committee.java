package plenary.directory.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
        @Id @Nullable Long id,
        String name,
        @Nullable String acronym,
        CommitteeKind kind,
        @Nullable Nationality country,
        @Version @Nullable Integer version) {

    public CommitteeView view() {
        return new CommitteeView(
                new CommitteeId(Objects.requireNonNull(id)),
                name,
                acronym,
                kind,
                country,
                Objects.requireNonNull(version));
    }
}
