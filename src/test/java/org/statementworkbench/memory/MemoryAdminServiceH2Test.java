package org.statementworkbench.memory;

import org.springframework.boot.test.context.SpringBootTest;

/** The same memory administration and TMX exchange (JDBC bulk paths included) on the embedded H2 default. */
@SpringBootTest(properties = "workbench.test.database=h2")
class MemoryAdminServiceH2Test extends MemoryAdminServiceTest {}
