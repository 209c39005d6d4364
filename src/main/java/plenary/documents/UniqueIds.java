package plenary.documents;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The ids given out in one rendering, so that no two elements share one even when the model repeats itself. */
final class UniqueIds {

    // Valid as an HTML id, an XML Name and an Akoma Ntoso eId alike.
    private static final Pattern USABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final Set<String> taken = new HashSet<>();

    /** The preferred id if it is usable and not yet given out, else the fallback, suffixed until it is free. */
    String claim(String preferred, String fallback) {
        if (preferred != null && USABLE.matcher(preferred).matches() && taken.add(preferred)) {
            return preferred;
        }
        String id = fallback;
        for (int n = 2; !taken.add(id); n++) {
            id = fallback + "_" + n;
        }
        return id;
    }
}
