package org.statementworkbench.security;

import java.util.Locale;

/** The rules a new password must meet. Messages are shown to the person typing it. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Throws {@link IllegalArgumentException} with a message for the user when the password is not acceptable. */
    public static void check(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("A password cannot be only spaces.");
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("A password must not contain the username.");
        }
    }
}
