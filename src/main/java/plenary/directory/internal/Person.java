package plenary.directory.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.CommitteeId;
import plenary.directory.Nationality;
import plenary.directory.PersonId;
import plenary.directory.PersonView;
import plenary.directory.Pronoun;

/** A person as stored. */
@Table("person")
public record Person(
        @Id @Nullable Long id,
        String name,
        Nationality nationality,
        @Nullable String affiliation,
        @Nullable Long committeeId,
        Pronoun pronoun,
        @Nullable String email,
        @Version @Nullable Integer version) {

    public PersonView view() {
        return new PersonView(
                new PersonId(Objects.requireNonNull(id)),
                name,
                nationality,
                affiliation,
                committeeId == null ? null : new CommitteeId(committeeId),
                pronoun,
                email,
                Objects.requireNonNull(version));
    }
}
