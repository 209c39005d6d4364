package plenary.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import plenary.directory.Role;

/** The first secretariat account: made once, with the configured password or one generated and printed once. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final List<Account> saved = new ArrayList<>();

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedPrintedOnceAndStoredOnlyHashed(CapturedOutput output) {
        new FirstAdmin(accounts(), passwords, "").run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("shown this once only:\\s+(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        Account admin = saved.get(0);
        assertThat(admin.username()).isEqualTo("admin");
        assertThat(admin.roleSet()).containsExactly(Role.SECRETARIAT);
        assertThat(admin.passwordHash()).doesNotContain(password);
        assertThat(passwords.matches(password, admin.passwordHash())).isTrue();

        new FirstAdmin(accounts(), passwords, "").run(new DefaultApplicationArguments());
        assertThat(saved).hasSize(1);
        assertThat(output.getAll().split("shown this once only", -1)).hasSize(2);
    }

    @Test
    void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        new FirstAdmin(accounts(), passwords, "chosen-by-the-operator").run(new DefaultApplicationArguments());

        assertThat(passwords.matches("chosen-by-the-operator", saved.get(0).passwordHash()))
                .isTrue();
        assertThat(output.getAll()).doesNotContain("chosen-by-the-operator");
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
