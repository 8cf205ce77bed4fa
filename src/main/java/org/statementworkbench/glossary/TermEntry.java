package org.statementworkbench.glossary;

import org.statementworkbench.base.UnLanguage;

/**
 * A term as term checkers need it: its concept, language, status and whether it is approved (enforced) or only
 * proposed (a hint). Only terms of the six UN languages are entries: the glossary's other languages are not checked.
 */
public record TermEntry(
        long conceptId,
        String conceptExternalId,
        long termId,
        UnLanguage language,
        String text,
        TermType type,
        UsageStatus status,
        boolean caseSensitive,
        Approval approval) {

    public boolean approved() {
        return approval == Approval.APPROVED;
    }
}
