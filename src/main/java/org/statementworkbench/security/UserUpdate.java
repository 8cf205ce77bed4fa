package org.statementworkbench.security;

import java.util.Set;
import org.statementworkbench.base.UnLanguage;

/**
 * An administrator's change to an existing user. {@code version} is the version the administrator saw; a
 * change made by someone else in between is refused rather than overwritten. {@code newPassword}: empty keeps
 * the current password.
 */
public record UserUpdate(
        long id,
        long version,
        String fullName,
        Set<Role> roles,
        Set<UnLanguage> languages,
        boolean enabled,
        String newPassword) {

    public UserUpdate(
            long id, long version, String fullName, Set<Role> roles, Set<UnLanguage> languages, boolean enabled) {
        this(id, version, fullName, roles, languages, enabled, "");
    }

    public UserUpdate {
        roles = Set.copyOf(roles);
        languages = Set.copyOf(languages);
    }
}
