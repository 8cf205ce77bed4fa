package org.statementworkbench.glossary;

/** Where a term stands: proposed by a translator, approved (enforced) or rejected (kept for the record). */
public enum Approval {
    PROPOSED("Proposed"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    Approval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
