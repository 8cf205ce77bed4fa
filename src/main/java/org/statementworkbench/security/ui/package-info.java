/** Login, first-run setup, the user administration view and the web security filter chain. */
@NullMarked
package org.statementworkbench.security.ui;

import org.jspecify.annotations.NullMarked;
