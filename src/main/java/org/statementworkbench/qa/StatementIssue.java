package org.statementworkbench.qa;

import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;

/**
 * An issue a statement-wide check found in one segment's translation into {@code language}; its spans are offsets
 * into that segment's source and target texts.
 */
public record StatementIssue(String segmentKey, UnLanguage language, Issue issue) {}
