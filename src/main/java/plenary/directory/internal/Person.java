package plenary.directory.internal;

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
        @Id Long id,
        String name,
        Nationality nationality,
        String affiliation,
        Long committeeId,
        Pronoun pronoun,
        String email,
        @Version Integer version) {

    public PersonView view() {
        return new PersonView(
                new PersonId(id),
                name,
                nationality,
                affiliation,
                committeeId == null ? null : new CommitteeId(committeeId),
                pronoun,
                email,
                version);
    }
}
