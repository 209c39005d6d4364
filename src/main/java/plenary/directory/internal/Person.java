package plenary.directory.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import plenary.directory.Nationality;
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
        return new PersonView(id, name, nationality, affiliation, committeeId, pronoun, email, version);
    }
}
