package org.statementworkbench.security.ui;

import java.util.Set;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/** A person's access in words, as their account page and the notice of a change show it. */
final class AccessDescription {

    private AccessDescription() {}

    /** "Roles: Translator, Reviewer. Working languages: Arabic, French." ("none" without languages). */
    static String of(Set<Role> roles, Set<UnLanguage> languages) {
        String roleNames = roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        String languageNames = languages.isEmpty()
                ? "none"
                : languages.stream().sorted().map(UnLanguage::englishName).collect(Collectors.joining(", "));
        return "Roles: " + roleNames + ". Working languages: " + languageNames + ".";
    }
}
