/** The statement list. */
@NullMarked
package org.statementworkbench.statement.ui;

import org.jspecify.annotations.NullMarked;
