package org.statementworkbench.memory;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.StatementService;

/**
 * Which units the signed-in person may see: the statement module has no per-statement visibility yet, so everyone
 * signed in sees every statement except archived (or deleted) ones, which only administrators see; a unit without
 * a statement (imported) is seen by everyone. One {@link Viewer} per lookup remembers its answers.
 */
@Component
class UnitVisibility {

    private final StatementService statements;
    private final UserService users;

    UnitVisibility(StatementService statements, UserService users) {
        this.statements = statements;
        this.users = users;
    }

    /** The signed-in person, for one lookup. */
    Viewer currentViewer() {
        boolean admin = users.currentUser()
                .orElseThrow(() -> new AccessDeniedException("Not signed in"))
                .hasRole(Role.ADMIN);
        return new Viewer(admin);
    }

    /** Whether a statement may be seen by the signed-in person (administrators: all; others: not archived). */
    boolean statementVisible(long statementId) {
        return currentViewer().sees(statementId);
    }

    final class Viewer {

        private final boolean admin;
        private final Map<Long, Boolean> statementsSeen = new HashMap<>();

        private Viewer(boolean admin) {
            this.admin = admin;
        }

        boolean sees(@Nullable Long statementId) {
            if (statementId == null || admin) {
                return true;
            }
            return statementsSeen.computeIfAbsent(
                    statementId,
                    id -> statements.find(id).map(s -> !s.archived()).orElse(false));
        }
    }
}
