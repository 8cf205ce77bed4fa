/**
 * LanguageTool checking of target text behind our own interface: {@link LanguageCheckService} is the API the editor
 * uses; {@link LanguageChecker} is the engine (in-process LanguageTool, or LanguageTool HTTP servers), which the batch
 * QA gets from {@link LanguageCheckers}, set up with the UN style profile and a glossary.
 * LanguageTool's own types ({@code RuleMatch}, {@code JLanguageTool}) never leave this module: matches are mapped to
 * {@link LanguageMatch}.
 */
@NullMarked
package org.statementworkbench.languagecheck;

import org.jspecify.annotations.NullMarked;
