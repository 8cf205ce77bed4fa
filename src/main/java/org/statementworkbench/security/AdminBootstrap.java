package org.statementworkbench.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from WORKBENCH_ADMIN_USER / WORKBENCH_ADMIN_PASSWORD when no enabled
 * administrator exists. Without them, the one-time setup screen does the same in the browser.
 */
@Component
@Order(20)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService userService;
    private final String username;
    private final String password;

    AdminBootstrap(
            UserService userService,
            @Value("${workbench.admin.user:}") String username,
            @Value("${workbench.admin.password:}") String password) {
        this.userService = userService;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userService.adminExists()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists yet. Open /setup in the browser to create one, or start with "
                    + "WORKBENCH_ADMIN_USER and WORKBENCH_ADMIN_PASSWORD set.");
            return;
        }
        try {
            userService.createFirstAdmin(username, "Administrator", password);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "WORKBENCH_ADMIN_USER / WORKBENCH_ADMIN_PASSWORD refused: " + e.getMessage(), e);
        }
        log.info("Created administrator '{}' from WORKBENCH_ADMIN_USER", username);
    }
}
