package plenary.leakcheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the leak check a bean, so that the check itself needs no Spring. */
@Configuration(proxyBeanMethods = false)
class LeakCheckConfiguration {

    @Bean
    LeakCheck leakCheck() {
        return new LeakCheck();
    }
}
