package plenary.directory;

/** What a personal API token may do: {@code READ} only reads (GET and HEAD); {@code WRITE} reads and writes. */
public enum ApiTokenScope {
    READ,
    WRITE
}
