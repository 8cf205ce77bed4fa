package org.statementworkbench.security;

import java.util.Set;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvent;

/**
 * Published (after commit) when an administrator changed what a user may do. {@code endSessions}: the user's
 * open sessions must end at once (account disabled, password reset); otherwise they continue with the new roles
 * and working languages.
 */
public record UserAccessChanged(String username, Set<Role> roles, Set<UnLanguage> languages, boolean endSessions)
        implements DomainEvent {

    public UserAccessChanged {
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
    }
}
