/**
 * The built-in checks of writing conventions, one {@link org.statementworkbench.qa.SegmentCheck} per family: document
 * symbols, URLs and e-mail addresses copied exactly ({@code symbol}), the punctuation of each UN language
 * ({@code punct}), spaces ({@code space}), untranslated and repeated words ({@code text}) and bold and italic markers
 * ({@code marker}). Internal: the checks are reached through {@link org.statementworkbench.qa.BuiltInChecks}.
 */
@NullMarked
package org.statementworkbench.qa.conventions;

import org.jspecify.annotations.NullMarked;
