/**
 * Start-up safeguards of the database: a MariaDB database the workbench creates gets utf8mb4, and a database or
 * tables in another character set stop the start with a message saying how to convert them.
 */
@NullMarked
package org.statementworkbench.base.database;

import org.jspecify.annotations.NullMarked;
