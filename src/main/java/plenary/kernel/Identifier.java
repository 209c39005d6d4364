package plenary.kernel;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The identity of an aggregate as other modules hold it ({@code MeetingId}, {@code PersonId} …): a number to which
 * only its own module gives meaning, typed so that a meeting's id cannot be passed where a person's is meant. It
 * travels as a plain number: in JSON, in URLs and in form fields.
 */
public interface Identifier {

    long value();

    /** The numbers of the ids, in their order, as a request record holds them. */
    static List<Long> numbersOf(Collection<? extends Identifier> ids) {
        return ids.stream().map(Identifier::value).toList();
    }

    /** The number of an id that may be missing, as a request record holds it. */
    static @Nullable Long numberOf(@Nullable Identifier id) {
        return id == null ? null : id.value();
    }
}
