package org.statementworkbench.statement;

/**
 * Someone else saved the segment after the version this save started from. Nothing was saved; the caller shows
 * both texts and lets the person choose or merge, then saves again naming {@code theirs.version()}.
 */
public class TranslationConflictException extends RuntimeException {

    private final String yourText;
    private final TranslationState theirs;

    public TranslationConflictException(String yourText, TranslationState theirs) {
        super("Saved meanwhile by " + (theirs.updatedBy() == null ? "someone else" : theirs.updatedBy()));
        this.yourText = yourText;
        this.theirs = theirs;
    }

    public String yourText() {
        return yourText;
    }

    public TranslationState theirs() {
        return theirs;
    }
}
