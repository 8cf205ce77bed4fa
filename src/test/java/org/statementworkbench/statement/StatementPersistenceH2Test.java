package org.statementworkbench.statement;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "workbench.test.database=h2")
class StatementPersistenceH2Test extends StatementPersistenceContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
