package org.statementworkbench.security;

import java.util.Set;
import org.statementworkbench.base.UnLanguage;

/** What the rest of the application sees of a user: never the password hash. */
public record UserAccount(
        long id,
        String username,
        String fullName,
        Set<Role> roles,
        Set<UnLanguage> languages,
        boolean enabled,
        long version) {

    public UserAccount {
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
