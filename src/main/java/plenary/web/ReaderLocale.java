package plenary.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * The reader's language and time zone, in this order: the account's choice (kept in its session), the visitor's
 * choice (a cookie set by the language links, or by the page's script for the browser's time zone), the browser's
 * languages among those Plenary speaks; else English and UTC. Spring MVC finds it by its bean name.
 */
@Component("localeResolver")
class ReaderLocale implements LocaleContextResolver {

    static final String LANGUAGE_COOKIE = "plenary-lang";
    static final String ZONE_COOKIE = "plenary-tz";
    private static final Duration COOKIE_LIFE = Duration.ofDays(365);
    /** The language a language link chose on this very request, before its cookie comes back. */
    private static final String CHOSEN = ReaderLocale.class.getName() + ".chosen";

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), TimeZone.getTimeZone(zone(request)));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale justNow) {
            return justNow;
        }
        Locale chosen = Readers.spoken(sessionValue(request, Readers.LANGUAGE));
        if (chosen == null) {
            chosen = Readers.spoken(cookie(request, LANGUAGE_COOKIE));
        }
        if (chosen == null) {
            chosen = Collections.list(request.getLocales()).stream()
                    .map(l -> Readers.spoken(l.toLanguageTag()))
                    .filter(l -> l != null)
                    .findFirst()
                    .orElse(Readers.ENGLISH);
        }
        return chosen;
    }

    private static ZoneId zone(HttpServletRequest request) {
        ZoneId zone = Readers.zone(sessionValue(request, Readers.TIME_ZONE));
        if (zone == null) {
            zone = Readers.zone(cookie(request, ZONE_COOKIE));
        }
        return zone == null ? ZoneOffset.UTC : zone;
    }

    @Override
    public void setLocaleContext(
            HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext context) {
        Locale asked = context == null ? null : context.getLocale();
        Locale locale = asked == null ? null : Readers.spoken(asked.toLanguageTag());
        TimeZone zone = context instanceof TimeZoneAwareLocaleContext z ? z.getTimeZone() : null;
        if (locale != null) {
            request.setAttribute(CHOSEN, locale);
        }
        HttpSession session = request.getSession(false);
        if (session != null && locale != null) {
            session.setAttribute(Readers.LANGUAGE, locale.toLanguageTag());
        }
        if (response != null && locale != null) {
            response.addCookie(cookie(LANGUAGE_COOKIE, locale.toLanguageTag()));
        }
        if (response != null && zone != null) {
            response.addCookie(cookie(ZONE_COOKIE, zone.getID()));
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        setLocaleContext(request, response, locale == null ? null : () -> locale);
    }

    private static Cookie cookie(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge((int) COOKIE_LIFE.toSeconds());
        cookie.setHttpOnly(false);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static @Nullable String sessionValue(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(name) instanceof String value ? value : null;
    }

    private static @Nullable String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }
}
