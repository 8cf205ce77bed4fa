package org.statementworkbench.statement;

import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;

/**
 * Who may change a target segment. Translators and reviewers edit their working languages; only reviewers (and
 * administrators) set Reviewed or Approved; administrators may edit any language. Everyone signed in may read.
 */
final class TranslationPolicy {

    private TranslationPolicy() {}

    static boolean canEdit(UserAccount user, UnLanguage language) {
        if (!user.enabled()) {
            return false;
        }
        if (user.hasRole(Role.ADMIN)) {
            return true;
        }
        return (user.hasRole(Role.TRANSLATOR) || user.hasRole(Role.REVIEWER))
                && user.languages().contains(language);
    }

    static boolean canSetStatus(UserAccount user, SegmentStatus status) {
        return switch (status) {
            case REVIEWED, APPROVED -> user.hasRole(Role.REVIEWER) || user.hasRole(Role.ADMIN);
            default -> true;
        };
    }

    static void requireCanSave(UserAccount user, UnLanguage language, SegmentStatus status) {
        if (!canEdit(user, language)) {
            throw new AccessDeniedException(user.username() + " may not edit " + language.englishName()
                    + ": it is not one of their working languages.");
        }
        if (!canSetStatus(user, status)) {
            throw new AccessDeniedException("Only reviewers may set a segment to " + status.label() + ".");
        }
    }
}
