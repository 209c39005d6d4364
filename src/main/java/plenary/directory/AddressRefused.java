package plenary.directory;

import java.time.Instant;

/** Too many failed sign-ins came from one address, whatever the user names: it is refused for a while. */
public record AddressRefused(String address, int failures, Instant until, Instant at) {}
