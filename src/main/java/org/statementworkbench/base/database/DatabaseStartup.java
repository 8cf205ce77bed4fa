package org.statementworkbench.base.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the two safeguards: utf8mb4 creation when the pool is made, the character-set check before migrating. */
@Configuration(proxyBeanMethods = false)
class DatabaseStartup {

    @Bean
    static BeanPostProcessor mariaDbDatabaseCreation() {
        return new MariaDbDatabaseCreation();
    }

    @Bean
    FlywayMigrationStrategy utf8mb4BeforeMigrating() {
        return flyway -> {
            DatabaseCharsetCheck.requireUtf8mb4(flyway.getConfiguration().getDataSource());
            flyway.migrate();
        };
    }
}
