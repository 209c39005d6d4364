package plenary.web;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A test of page controllers alone, through MockMvc: the controllers it names, every controller advice (the
 * layout's {@link Page}, the problem pages, a module's own form binding), the real security configuration (sign-in
 * required, roles, CSRF, the headers) and the real JTE templates in the real layout. Nothing else starts: no
 * database and no module's beans, so a test mocks the beans its controllers use with {@code @MockitoBean} and
 * signs in with Spring Security's {@code user(…)} request post-processor. Passwords are the directory's business:
 * the account look-up is a mock, so a slice never signs in with one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
// The interface's texts and the reader's language and time zone, which every page's layout uses.
@Import({SecurityConfiguration.class, InterfaceTexts.class, ReaderLocale.class})
// Boot's web slice knows Thymeleaf and Mustache, not JTE: its engine and view resolver are added here.
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@MockitoBean(types = UserDetailsService.class)
public @interface PageSliceTest {

    /** The page controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
