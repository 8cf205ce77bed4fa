/** The glossary's views: import and export of glossary files. */
@NullMarked
package org.statementworkbench.glossary.ui;

import org.jspecify.annotations.NullMarked;
