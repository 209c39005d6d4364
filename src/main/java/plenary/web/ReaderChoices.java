package plenary.web;

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
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
