package org.statementworkbench.statement.importing;

/**
 * A statement file or pasted text that cannot be read. The message is written for the person who uploaded it: what
 * is wrong, where (line, paragraph or part of the file) and what to do about it. It can be shown as it is.
 */
public class StatementImportException extends RuntimeException {

    public StatementImportException(String message) {
        super(message);
    }

    public StatementImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
