package plenary.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language links of every page ({@code ?lang=ru}) change the reader's language: a plain link, so that it works
 * without JavaScript, and a choice of display only (it changes no record), so a GET may make it.
 */
@Configuration(proxyBeanMethods = false)
class ReaderChoices implements WebMvcConfigurer {

    static final String LANGUAGE_PARAMETER = "lang";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            // Only a page's own GET with a query: asking any other request (a POST, or the error page of a refused
            // upload) for its parameters would read its body, and an oversized upload would fail here, not with 413.
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                boolean pageRequest = request.getDispatcherType() == DispatcherType.REQUEST
                        && "GET".equals(request.getMethod())
                        && request.getQueryString() != null;
                return !pageRequest || super.preHandle(request, response, handler);
            }
        };
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
