/** The application shell, the main layout with its role-filtered menu, and error handling. */
@NullMarked
package org.statementworkbench.base.ui;

import org.jspecify.annotations.NullMarked;
