/**
 * Statements, their paragraphs split into sentence segments, and one translation per segment and target
 * language with its status. {@link org.statementworkbench.statement.StatementService} is the module's API.
 */
@NullMarked
package org.statementworkbench.statement;

import org.jspecify.annotations.NullMarked;
