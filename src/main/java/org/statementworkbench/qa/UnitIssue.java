package org.statementworkbench.qa;

import org.statementworkbench.base.checks.Issue;

/** An issue of one unit of the checked file: the unit's id and the issue (spans are offsets into its texts). */
public record UnitIssue(String unit, Issue issue) {}
