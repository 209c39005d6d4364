package plenary.reports;

/** Publishes the report's latest version, which {@code version} names as the one the publisher read. */
public record PublishForm(Integer version) {}
