package plenary;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Function;
import org.awaitility.core.ConditionFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ScenarioCustomizer;

/**
 * Lets a {@code Scenario} look for the events it expects at once instead of after Awaitility's first delay: Plenary's
 * modules publish their events within the command, before it returns, so there is nothing to wait for.
 */
class ScenariosAtOnce implements ScenarioCustomizer {

    @Override
    public Function<ConditionFactory, ConditionFactory> getDefaultCustomizer(
            Method method, ApplicationContext context) {
        return ScenarioCustomizer.forwardExecutorService(context).andThen(it -> it.pollDelay(Duration.ZERO));
    }
}
