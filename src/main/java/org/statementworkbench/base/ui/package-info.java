/** The application shell, the main layout with its role-filtered menu, error handling, and the UI broadcasts. */
@NullMarked
package org.statementworkbench.base.ui;

import org.jspecify.annotations.NullMarked;
