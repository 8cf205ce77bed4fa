package org.statementworkbench.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads users from the database for Spring Security. Not a bean of its own: only the throttled provider uses
 * it, so Spring Security does not build a second, unthrottled login path from it.
 */
class WorkbenchUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    WorkbenchUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        WorkbenchUser user = users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(user.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
