package plenary.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Plenary where it answers and how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        log.info("""

                Plenary is running at http://localhost:{}/
                Sign in as 'admin' with PLENARY_ADMIN_PASSWORD, or with the password printed at first start.
                Demo accounts (when the demo record was loaded) use the password of PLENARY_DEMO_PASSWORD
                (default: plenary-demo-vladivostok).
                API: http://localhost:{}/swagger-ui.html (API tokens from /account, or HTTP Basic)""", port, port);
    }
}
