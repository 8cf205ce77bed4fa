package org.statementworkbench.glossary;

import org.springframework.boot.test.context.SpringBootTest;

/** The same glossary rules on the embedded database (H2 in MariaDB mode), which newcomers start with. */
@SpringBootTest(properties = "workbench.test.database=h2")
class GlossaryServiceH2Test extends GlossaryServiceTest {}
