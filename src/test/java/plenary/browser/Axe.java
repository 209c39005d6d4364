package plenary.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, from its npm package's webjar on the test class path (of whichever version
 * that is). Its script is put into the page by the driver, which the page's Content-Security-Policy does not govern,
 * and run there on the page as loaded.
 */
final class Axe {

    private static final String SOURCE = read("META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => ({
                    impact: v.impact || '', id: v.id, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))}))))
                .catch(e => done('axe failed: ' + e));
            """;

    private Axe() {}

    /** The rules of axe's the page in the browser breaks. */
    static List<Violation> check(JavascriptExecutor page) {
        if (!(Boolean) page.executeScript("return typeof axe !== 'undefined';")) {
            page.executeScript(SOURCE);
        }
        ((WebDriver) page).manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = page.executeAsyncScript(RUN);
        if (found instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<?>) found).stream().map(Violation::of).toList();
    }

    /** One rule of axe's that a page breaks: how seriously, which rule, its advice, and where it is broken. */
    record Violation(String impact, String id, String help, List<String> targets) {

        /** Whether no page may break the rule so: axe's "moderate", "serious" and "critical" (all but "minor"). */
        boolean forbidden() {
            return !impact.equals("minor");
        }

        private static Violation of(Object found) {
            Map<?, ?> fields = (Map<?, ?>) found;
            return new Violation(
                    String.valueOf(fields.get("impact")),
                    String.valueOf(fields.get("id")),
                    String.valueOf(fields.get("help")),
                    ((List<?>) fields.get("targets"))
                            .stream().map(String::valueOf).toList());
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + ") at " + targets;
        }
    }

    private static String version() {
        Properties pom = new Properties();
        try (InputStream in = stream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String resource) {
        try (InputStream in = stream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String resource) throws IOException {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException(resource + " is not on the class path (org.webjars.npm:axe-core)");
        }
        return in;
    }
}
