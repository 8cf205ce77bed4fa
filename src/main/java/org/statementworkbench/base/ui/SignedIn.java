package org.statementworkbench.base.ui;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in on the current thread's request, e.g. when a browser tab opens. */
public final class SignedIn {

    private SignedIn() {}

    /** The username of the person signed in, empty for nobody or the anonymous user. */
    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.isAuthenticated()
                && auth.getName() != null
                && !"anonymousUser".equals(auth.getName())) {
            return Optional.of(auth.getName());
        }
        return Optional.empty();
    }
}
