/**
 * The statement-wide checks: {@code inconsistent.target} and {@code inconsistent.source} (the same source translated
 * differently, the same translation for different sources, found by hashing normalised texts in one pass) and
 * {@code cross-target.number} (one translation's numbers differ from the source while the other translations agree
 * with it, read with the number checks of {@code qa.number}). Run them through
 * {@link org.statementworkbench.qa.StatementChecks}.
 */
@NullMarked
package org.statementworkbench.qa.statementwide;

import org.jspecify.annotations.NullMarked;
