package plenary.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text of the interface comes from a message bundle: one per module, {@code i18n/<module>.properties} in
 * English and {@code i18n/<module>_ru.properties} in Russian, found on the class path so that a module adds its
 * own without touching a shared list. English is the fallback for a reader whose language Plenary does not speak;
 * a key missing from a bundle is an error, not a silent key on the page ({@code InterfaceTextsTests} finds them).
 */
@Configuration(proxyBeanMethods = false)
class InterfaceTexts {

    /** A bundle's base name: a variant such as {@code meetings_ru} is not one. */
    private static final Pattern VARIANT = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasenames(basenames());
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
        // A text with arguments is a MessageFormat; one without stays as written, so an apostrophe needs no doubling.
        texts.setAlwaysUseMessageFormat(false);
        return texts;
    }

    static String[] basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !VARIANT.matcher(name).matches())
                    .distinct()
                    .sorted()
                    .map(name -> "i18n/" + name)
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("The interface's message bundles could not be listed", e);
        }
    }
}
