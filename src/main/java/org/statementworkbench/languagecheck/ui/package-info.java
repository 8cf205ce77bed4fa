/** Administration of the LanguageTool rules: the rules switched off per language and per statement. */
@NullMarked
package org.statementworkbench.languagecheck.ui;

import org.jspecify.annotations.NullMarked;
