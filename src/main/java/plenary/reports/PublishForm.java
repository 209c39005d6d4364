package plenary.reports;

import org.jspecify.annotations.Nullable;

/** Publishes the report's latest version, which {@code version} names as the one the publisher read. */
public record PublishForm(@Nullable Integer version) {}
