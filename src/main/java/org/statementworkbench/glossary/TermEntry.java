package org.statementworkbench.glossary;

/**
 * A term as term checkers need it: its concept, language, status and whether it is approved (enforced) or only
 * proposed (a hint).
 */
public record TermEntry(
        long conceptId,
        String conceptExternalId,
        long termId,
        String language,
        String text,
        TermType type,
        UsageStatus status,
        boolean caseSensitive,
        Approval approval) {

    public boolean approved() {
        return approval == Approval.APPROVED;
    }
}
