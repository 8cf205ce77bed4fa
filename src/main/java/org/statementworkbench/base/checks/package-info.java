/**
 * The one issue model every check reports in: an {@link Issue} names its check with a typed {@link CheckId}
 * ({@code family.name}: {@code term.missing}, {@code lt.MORFOLOGIK_RULE_EN_GB}), has one {@link Severity}, a message in
 * plain words and {@link Span}s of the source and/or the target. Terminology, LanguageTool, the batch command, the
 * editor panels, the approval gate and the reports all use it.
 */
@NullMarked
package org.statementworkbench.base.checks;

import org.jspecify.annotations.NullMarked;
