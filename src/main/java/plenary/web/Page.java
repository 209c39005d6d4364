package plenary.web;

import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every page's layout needs to know about the request: who is signed in and the CSRF token that forms
 * and htmx requests must send back. The token is made only when a page asks for it (a form, or a signed-in
 * layout), because making it opens a session: an anonymous reader of a public page gets none. No one is signed in
 * when {@code username} is null.
 */
public record Page(
        @Nullable String username, Set<String> roles, String csrfParameter, String csrfHeader, Supplier<String> csrf) {

    public String csrfToken() {
        return csrf.get();
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean secretariat() {
        return has("SECRETARIAT");
    }

    /** The htmx attribute that makes every htmx request carry the CSRF token. */
    public String htmxHeaders() {
        return "{\"" + csrfHeader + "\": \"" + csrfToken() + "\"}";
    }
}
