package org.statementworkbench.memory;

/** A TMX file that cannot be imported, or an import that cannot go on: the message says why, for the person. */
public class TmxImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TmxImportException(String message) {
        super(message);
    }

    public TmxImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
