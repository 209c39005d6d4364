package plenary.kernel;

/**
 * The identity of an aggregate as other modules hold it ({@code MeetingId}, {@code PersonId} …): a number to which
 * only its own module gives meaning, typed so that a meeting's id cannot be passed where a person's is meant. It
 * travels as a plain number: in JSON, in URLs and in form fields.
 */
public interface Identifier {

    long value();
}
