package plenary.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** The addresses of the search page: the same search narrowed to a facet's value, or on another page. */
public final class SearchLinks {

    private SearchLinks() {}

    /** The search narrowed to one value of a facet, from its first page. */
    public static String narrowed(SearchForm form, String facet, String value) {
        Map<String, @Nullable Object> parameters = parameters(form);
        parameters.put(facet, value);
        parameters.remove("page");
        return href(parameters);
    }

    /** The search without one facet's narrowing. */
    public static String widened(SearchForm form, String facet) {
        Map<String, @Nullable Object> parameters = parameters(form);
        parameters.remove(facet);
        parameters.remove("page");
        return href(parameters);
    }

    /** The same search on another page. */
    public static String page(SearchForm form, int page) {
        Map<String, @Nullable Object> parameters = parameters(form);
        parameters.put("page", page);
        return href(parameters);
    }

    /** The value the search is narrowed to by a facet, or null. */
    public static @Nullable Object narrowing(SearchForm form, String facet) {
        return parameters(form).get(facet);
    }

    private static Map<String, @Nullable Object> parameters(SearchForm form) {
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
        parameters.put("q", form.q());
        parameters.put("studyGroup", form.studyGroup());
        parameters.put("meeting", form.meeting());
        parameters.put("year", form.year());
        parameters.put("kind", form.kind());
        parameters.put("institution", form.institution());
        parameters.put("page", form.page());
        return parameters;
    }

    private static String href(Map<String, @Nullable Object> parameters) {
        StringJoiner query = new StringJoiner("&", "/search?", "");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
