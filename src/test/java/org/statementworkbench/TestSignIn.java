package org.statementworkbench;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.security.Role;

/** Signs a test in as a user with one role (services then see that user as the current one). */
public final class TestSignIn {

    private TestSignIn() {}

    public static void as(String username, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
