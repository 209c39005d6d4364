package plenary.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The breadcrumbs above a page: where it sits in the work (study group → meeting → session; memorandum → version →
 * circulation). Each step links to its page; the last, the page itself, links nowhere.
 */
public final class Trail {

    /** One step: what it is called and where it is (null for the page being read). */
    public record Step(String label, @Nullable String href) {}

    private final List<Step> steps = new ArrayList<>();

    private Trail() {}

    public static Trail of(String label, String href) {
        return new Trail().then(label, href);
    }

    /** The next step towards the page. */
    public Trail then(String label, String href) {
        steps.add(new Step(label, href));
        return this;
    }

    /** The page itself, the trail's end. */
    public Trail here(String label) {
        steps.add(new Step(label, null));
        return this;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
