package plenary.reports;

import java.util.List;
import org.jspecify.annotations.Nullable;
import plenary.kernel.MaxLength;
import plenary.kernel.MaxSize;

/**
 * Publishes the report's latest version, which {@code version} names as the one the publisher read; {@code confirmed}
 * names the places the leak check could not decide ({@link PlaceToConfirm#place()}) that the keeper read and found to
 * name no one.
 */
public record PublishForm(
        @Nullable Integer version, @MaxSize(200) @Nullable List<@MaxLength(200) String> confirmed) {

    public PublishForm {
        confirmed = confirmed == null ? List.of() : List.copyOf(confirmed);
    }

    /** Publishes the version, confirming no place. */
    public PublishForm(@Nullable Integer version) {
        this(version, List.of());
    }
}
