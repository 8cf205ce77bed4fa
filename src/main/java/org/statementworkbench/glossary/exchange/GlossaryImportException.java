package org.statementworkbench.glossary.exchange;

/** A glossary file that can't be read; the message names the line or element and says what to do. */
public class GlossaryImportException extends RuntimeException {

    public GlossaryImportException(String message) {
        super(message);
    }

    public GlossaryImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
