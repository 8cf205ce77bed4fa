/**
 * The statement list and the import. Other modules add tasks to the list's rows through {@link
 * org.statementworkbench.statement.ui.StatementListAction} (this package's only public type, hence its named
 * interface), so that statement depends on none of them.
 */
@NullMarked
@NamedInterface("ui")
package org.statementworkbench.statement.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
