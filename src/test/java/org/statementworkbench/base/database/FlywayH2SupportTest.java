package org.statementworkbench.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's H2 is one that our Flyway has been verified with: no "Using H2 2.4.240 which is newer
 * than the version Flyway has been verified with" warning at each start.
 */
class FlywayH2SupportTest {

    @Test
    void flywayRunsTheMigrationsOnTheBundledH2WithoutAVersionWarning() {
        Logger flywayLog = (Logger) LoggerFactory.getLogger("org.flywaydb");
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        flywayLog.addAppender(appender);
        try {
            Flyway.configure()
                    .dataSource(
                            "jdbc:h2:mem:flyway-h2-support;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;"
                                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "sa",
                            "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } finally {
            flywayLog.detachAppender(appender);
        }
        assertThat(appender.list)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains("newer than the version Flyway")
                        || m.contains("verified version of H2")
                        || m.contains("upgrade recommended"));
    }
}
