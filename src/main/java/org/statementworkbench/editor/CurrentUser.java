package org.statementworkbench.editor;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the editor's services record as having changed something (a check profile, an ignore): the signed-in
 * person's user name, or {@code system} when the change runs with nobody signed in.
 */
final class CurrentUser {

    private CurrentUser() {}

    static String name() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
