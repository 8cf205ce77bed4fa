package org.statementworkbench.security;

import java.util.Set;
import org.statementworkbench.base.UnLanguage;

/** What an administrator enters to create a user. */
public record NewUser(String username, String fullName, String password, Set<Role> roles, Set<UnLanguage> languages) {

    public NewUser {
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
    }
}
