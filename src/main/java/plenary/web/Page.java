package plenary.web;

import java.util.Set;

/**
 * What every page's layout needs to know about the request: who is signed in and the CSRF token that forms
 * and htmx requests must send back.
 */
public record Page(String username, Set<String> roles, String csrfParameter, String csrfHeader, String csrfToken) {

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
        return "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
    }
}
