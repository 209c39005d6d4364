package plenary.directory;

import java.time.Instant;

/**
 * Someone failed to sign in: a wrong password, an unknown user name, a disabled account. {@code address} is
 * where the attempt came from; the password tried is never kept.
 */
public record SignInFailed(String username, String address, String reason, Instant at) {}
