package org.statementworkbench.glossary;

import java.util.Objects;

/** A concept or proposal was changed by someone else since the person started editing it. */
public class GlossaryConflictException extends RuntimeException {

    private final GlossaryConcept current;

    public GlossaryConflictException(GlossaryConcept current) {
        super("Concept " + current.externalId() + " was changed by " + current.updatedBy()
                + " meanwhile. Reload it to see their change, then make yours again.");
        this.current = current;
    }

    public GlossaryConcept current() {
        return current;
    }

    /** Never null: every constructor takes a message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
