/**
 * Quality assurance of translations: the {@link org.statementworkbench.qa.IssueProvider} interface that every check
 * implements (terminology and LanguageTool), the report records (issues are {@code base.checks.Issue}, paired with
 * their unit in {@link org.statementworkbench.qa.UnitIssue}), and the batch command
 * ({@code ./workbench qa}) that reads a glossary and a bilingual file (TSV, XLIFF 1.2/2.x, TMX 1.4b) and writes a
 * JSON, CSV or HTML report without starting the application.
 */
@NullMarked
package org.statementworkbench.qa;

import org.jspecify.annotations.NullMarked;
