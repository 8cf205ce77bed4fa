package org.statementworkbench.glossary;

import org.statementworkbench.base.SentenceCaseLabel;

/** Where a term stands: proposed by a translator, approved (enforced) or rejected (kept for the record). */
public enum Approval implements SentenceCaseLabel {
    PROPOSED,
    APPROVED,
    REJECTED
}
