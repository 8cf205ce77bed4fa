package org.statementworkbench.security;

import org.springframework.security.access.AccessDeniedException;

/** What a signed-in person whose account was disabled gets for any action: the real reason, nothing changed. */
public class AccountDisabledException extends AccessDeniedException {

    public AccountDisabledException() {
        super("This account is disabled, so nothing was changed. Ask an administrator to enable it.");
    }
}
