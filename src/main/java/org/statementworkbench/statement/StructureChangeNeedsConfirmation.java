package org.statementworkbench.statement;

import java.util.List;

/**
 * A split or merge would put Reviewed or Approved translations back to Draft. Nothing was changed; a reviewer may
 * repeat the change confirming it ({@code confirmed = true}) after seeing {@link #signedOffWork()}.
 */
public class StructureChangeNeedsConfirmation extends RuntimeException {

    private final List<String> signedOffWork;

    public StructureChangeNeedsConfirmation(String message, List<String> signedOffWork) {
        super(message);
        this.signedOffWork = List.copyOf(signedOffWork);
    }

    /** What goes back to Draft, one line each: "segment 3 Approved in Chinese (reviewer)". */
    public List<String> signedOffWork() {
        return signedOffWork;
    }
}
