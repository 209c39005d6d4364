package plenary.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import plenary.directory.Role;
import plenary.instances.InstanceLocks;

/** The first secretariat account: made once, with the configured password or one generated and printed once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final List<Account> saved = new ArrayList<>();
    private final InstanceLocks locks = lockTable();

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedPrintedOnceAndStoredOnlyHashed(CapturedOutput output) {
        new FirstAdmin(accounts(), passwords, locks, "").run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("shown this once only:\\s+(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        Account admin = saved.get(0);
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roleSet()).containsExactly(Role.SECRETARIAT);
        assertThat(admin.passwordHash()).doesNotContain(password);
        assertThat(passwords.matches(password, admin.passwordHash())).isTrue();

        new FirstAdmin(accounts(), passwords, locks, "").run(new DefaultApplicationArguments());
        assertThat(saved).hasSize(1);
        assertThat(output.getAll().split("shown this once only", -1)).hasSize(2);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        new FirstAdmin(accounts(), passwords, locks, "chosen-by-the-operator").run(new DefaultApplicationArguments());

        assertThat(passwords.matches("chosen-by-the-operator", saved.get(0).passwordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("chosen-by-the-operator");
    }

    /** The locks on a database of their own, which has only their table. */
    private static InstanceLocks lockTable() {
        DriverManagerDataSource database =
                new DriverManagerDataSource("jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        JdbcClient db = JdbcClient.create(database);
        db.sql("CREATE TABLE instance_lock (name VARCHAR(100) PRIMARY KEY, held_until TIMESTAMP, held_by VARCHAR(200))")
                .update();
        db.sql("INSERT INTO instance_lock (name) VALUES ('first-admin')").update();
        return new InstanceLocks(db, new TransactionTemplate(new DataSourceTransactionManager(database)));
    }

    /** A repository that keeps accounts in a list: enough for the two calls the first start makes. */
    private AccountRepository accounts() {
        return (AccountRepository) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {AccountRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "count" -> (long) saved.size();
                    case "save" -> {
                        saved.add((Account) args[0]);
                        yield args[0];
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
