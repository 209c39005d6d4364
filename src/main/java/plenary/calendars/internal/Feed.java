package plenary.calendars.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A feed as read, before it is written: its name and its events, the earliest first. */
public record Feed(String name, List<FeedEntry> entries) {

    public Feed {
        entries = List.copyOf(entries);
    }

    /**
     * The entity tag of what the feed says: the same while its events are the same, whatever moment it is written
     * at (each writing stamps its events anew).
     */
    public String etag() {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
