package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StatementPersistenceMariaDbTest extends StatementPersistenceContract {

    @Autowired DataSource dataSource;

    @Test
    void thisReallyIsMariaDb() throws SQLException {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualToIgnoringCase("MariaDB");
        }
    }
}
