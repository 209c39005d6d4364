package plenary.directory.internal;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import plenary.directory.Role;
import plenary.instances.InstanceLocks;

/**
 * Creates the first secretariat account, {@code admin}, in a database without accounts. Its password comes
 * from {@code PLENARY_ADMIN_PASSWORD}; without it one is generated and printed once, here and never again. Instances
 * starting together on an empty database take turns: the first creates it, the others find it.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static final String LOCK = "first-admin";

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final InstanceLocks locks;
    private final String configuredPassword;

    FirstAdmin(
            AccountRepository accounts,
            PasswordEncoder passwords,
            InstanceLocks locks,
            @Value("${plenary.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.locks = locks;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        locks.oneAtATime(LOCK, () -> {
            if (accounts.count() == 0) {
                create();
            }
            return null;
        });
    }

    private void create() {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        accounts.save(new Account(
                null,
                "admin",
                Objects.requireNonNull(passwords.encode(password)),
                null,
                true,
                Set.of(new Account.AccountRole(Role.SECRETARIAT)),
                null,
                null,
                null));
        if (generated) {
            log.warn("""

                    ==================================================================
                     First start: created the secretariat account 'admin'.
                     Its password, shown this once only:  {}
                     (Set PLENARY_ADMIN_PASSWORD before the first start to choose it.)
                    ==================================================================""", password);
        } else {
            log.info(
                    "First start: created the secretariat account 'admin' with the password of PLENARY_ADMIN_PASSWORD.");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
