package org.statementworkbench.statement;

import org.statementworkbench.base.SentenceCaseLabel;

/**
 * A reviewer's workflow action that writes a revision without changing the text, always with a reason: an approved
 * segment {@link #REOPENED} for changes, or {@link #RETURNED} to the translator.
 */
public enum ReviewAction implements SentenceCaseLabel {
    REOPENED,
    RETURNED
}
