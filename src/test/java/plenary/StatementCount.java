package plenary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements a piece of work runs on the current thread: the test context's data source is wrapped
 * (datasource-proxy) so that every statement executed through it is seen, and {@link #of} gathers those of one
 * request. A batch counts as one statement per execution, as the database sees one round trip.
 */
@Component
public class StatementCount implements BeanPostProcessor {

    private static final Pattern SIGNING_IN =
            Pattern.compile("FROM \"?(account|account_role)\"? WHERE|FROM account_lockout WHERE|SPRING_SESSION");
    private static final ThreadLocal<@Nullable List<String>> SEEN = new ThreadLocal<>();

    /** The statements run on this thread while the work ran, in order. */
    public static Statements of(Work work) throws Exception {
        List<String> outer = SEEN.get();
        List<String> seen = new ArrayList<>();
        SEEN.set(seen);
        try {
            work.run();
        } finally {
            SEEN.set(outer);
        }
        return new Statements(List.copyOf(seen));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(beanName, dataSource)
                    .listener(new Listener())
                    .build();
        }
        return bean;
    }

    /** Work whose statements are counted, such as a request through MockMvc. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** The statements of one piece of work. */
    public record Statements(List<String> sql) {

        public int count() {
            return sql.size();
        }

        /**
         * Without the statements that sign the request in (HTTP Basic reads the account, its roles and its lockout
         * on every request; a session would read them once) and those of the session it opens (Spring Session JDBC
         * writes a page request's session): what the request itself reads and writes.
         */
        public Statements withoutSigningIn() {
            return new Statements(
                    sql.stream().filter(s -> !SIGNING_IN.matcher(s).find()).toList());
        }

        @Override
        public String toString() {
            return sql.size() + " statements:\n  " + String.join("\n  ", sql);
        }
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<String> seen = SEEN.get();
            if (seen != null) {
                seen.add(String.join(
                        "; ", queryInfoList.stream().map(QueryInfo::getQuery).toList()));
            }
        }
    }
}
