package org.statementworkbench.qa;

/** Input the command cannot use (a missing, malformed or unsuitable file or option); the message is one line. */
public class QaInputException extends RuntimeException {

    public QaInputException(String message) {
        super(message);
    }

    public QaInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
