package org.statementworkbench.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * One demo user per role, created on the first start of the embedded (H2) database and announced at every
 * start. Never active on MariaDB: there the first administrator comes from the environment or the setup screen.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "workbench.demo-data", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    record DemoLogin(String username, String password, String fullName, Role role, Set<UnLanguage> languages) {}

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin(
                    "translator",
                    "translate-demo-2026",
                    "Demo Translator",
                    Role.TRANSLATOR,
                    EnumSet.of(UnLanguage.AR, UnLanguage.FR, UnLanguage.RU)),
            new DemoLogin(
                    "reviewer", "review-demo-2026", "Demo Reviewer", Role.REVIEWER, EnumSet.allOf(UnLanguage.class)),
            new DemoLogin(
                    "glossary",
                    "terms-demo-2026",
                    "Demo Glossary Manager",
                    Role.GLOSSARY_MANAGER,
                    EnumSet.allOf(UnLanguage.class)),
            new DemoLogin(
                    "admin", "manage-demo-2026", "Demo Administrator", Role.ADMIN, EnumSet.noneOf(UnLanguage.class)));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserRepository users;
    private final PasswordEncoder encoder;

    DemoUsers(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            for (DemoLogin login : LOGINS) {
                String hash = Objects.requireNonNull(encoder.encode(login.password()), "the encoder returned no hash");
                users.save(new WorkbenchUser(
                        login.username(), login.fullName(), hash, Set.of(login.role()), login.languages()));
            }
            log.info("Created {} demo users on the embedded database", LOGINS.size());
        }
        StringBuilder banner = new StringBuilder("Demo logins (embedded database):");
        for (DemoLogin login : LOGINS) {
            if (users.existsByUsername(login.username())) {
                banner.append(String.format(
                        "%n    %-16s %-12s password %s", login.role().label(), login.username(), login.password()));
            }
        }
        log.info(banner.toString());
    }
}
