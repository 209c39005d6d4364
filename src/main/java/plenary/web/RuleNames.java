package plenary.web;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import plenary.kernel.Bounds;

/**
 * Names the rules a request's bounds break as the modules name theirs ("max-length", not "MaxLength"), so that an
 * API client reads one vocabulary whichever check refused the record: a field error's code is the last of its
 * message codes, so the rule's name is added last.
 */
@Configuration(proxyBeanMethods = false)
class RuleNames implements WebMvcConfigurer {

    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        return new MessageCodesResolver() {

            @Override
            public String[] resolveMessageCodes(String errorCode, String objectName) {
                return named(codes.resolveMessageCodes(errorCode, objectName), errorCode);
            }

            @Override
            public String[] resolveMessageCodes(
                    String errorCode, String objectName, String field, @Nullable Class<?> fieldType) {
                return named(codes.resolveMessageCodes(errorCode, objectName, field, fieldType), errorCode);
            }
        };
    }

    private static String[] named(String[] codes, String errorCode) {
        return Stream.concat(Arrays.stream(codes), Stream.of(Bounds.ruleName(errorCode)))
                .toArray(String[]::new);
    }
}
