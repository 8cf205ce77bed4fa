package org.statementworkbench.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username/password authentication against the database, refused while {@link LoginThrottle} says wait. The
 * account's state (disabled, locked) is checked only after the password: a wrong password on a disabled account
 * is an ordinary failure, so the sign-in page does not tell a stranger which accounts exist or are disabled.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        UserDetailsChecker accountState = new AccountStatusUserDetailsChecker();
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(accountState);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        Duration wait = throttle.lockRemaining(username, address);
        if (!wait.isZero()) {
            throw new LockedException("Too many failed sign-in attempts. Try again in "
                    + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.");
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(username, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }
}
