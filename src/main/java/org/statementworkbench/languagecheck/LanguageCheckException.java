package org.statementworkbench.languagecheck;

import java.util.Objects;

/** A LanguageTool check that could not be done; the message says why in words a translator understands. */
public class LanguageCheckException extends RuntimeException {

    public LanguageCheckException(String message, Throwable cause) {
        super(message, cause);
    }

    public LanguageCheckException(String message) {
        super(message);
    }

    /** Never null: every constructor takes a message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
