package org.statementworkbench.statement;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class StatementPersistenceMariaDbTest extends StatementPersistenceContract {

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
