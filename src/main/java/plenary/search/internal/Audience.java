package plenary.search.internal;

import java.util.Set;

/**
 * Who is searching, as the index tells readers apart: signed in or the public, and the {@code namesFor} tokens
 * whose entries' named form they may read (secretariat, the groups they lead, themselves).
 */
public record Audience(boolean signedIn, Set<String> names) {

    public static final Audience PUBLIC = new Audience(false, Set.of());
}
