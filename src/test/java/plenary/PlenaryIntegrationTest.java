package plenary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A test through the whole application on a real database: H2 by default, and PostgreSQL as well when the
 * build runs the {@code db} tests against it (see .ci/run). All such tests share one application context, so
 * none may change its configuration; each makes the records it needs with names of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
public @interface PlenaryIntegrationTest {}
