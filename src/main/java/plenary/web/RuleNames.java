package plenary.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Names the rules a request's bounds break as the modules name theirs ("max-length", not "MaxLength"), so that an
 * API client reads one vocabulary whichever check refused the record: a field error's code is the last of its
 * message codes, so the rule's name is added last.
 */
@Configuration(proxyBeanMethods = false)
class RuleNames implements WebMvcConfigurer {

    private static final Map<String, String> NAMED = Map.of("PlausibleYear", "range");

    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        return new MessageCodesResolver() {

            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName) {
                return named(codes.resolveMessageCodes(errorCode, objectName), errorCode);
            }

            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName, String field, Class<?> fieldType) {
                return named(codes.resolveMessageCodes(errorCode, objectName, field, fieldType), errorCode);
            }
        };
    }

    static String ruleName(String code) {
        return NAMED.getOrDefault(code, code.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
    }

    private static String[] named(String[] codes, String errorCode) {
        return Stream.concat(Arrays.stream(codes), Stream.of(ruleName(errorCode))).toArray(String[]::new);
    }
}
