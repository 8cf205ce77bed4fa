package org.statementworkbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The real authentication path: database users, bcrypt, disabled accounts and the failed-login throttle. */
@SpringBootTest
@Transactional
class SignInTest {

    @Autowired
    AuthenticationProvider authenticationProvider;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserRepository users;

    String username = "";

    private Authentication signIn(String password) {
        return authenticationProvider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void createUser(boolean enabled) {
        username = UserServiceTest.uniqueName("signin");
        var user = new WorkbenchUser(
                username, "Sign In", encoder.encode("correct horse battery"), Set.of(Role.REVIEWER), Set.of());
        user.setEnabled(enabled);
        users.saveAndFlush(user);
    }

    @Test
    void theRightPasswordSignsInWithTheUsersRoles() {
        createUser(true);
        Authentication auth = signIn("correct horse battery");
        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_REVIEWER")
                .doesNotContain("ROLE_ADMIN", "ROLE_TRANSLATOR", "ROLE_GLOSSARY_MANAGER");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        createUser(false);
        assertThatThrownBy(() -> signIn("correct horse battery")).isInstanceOf(DisabledException.class);
    }

    @Test
    void aWrongPasswordOnADisabledAccountIsAnOrdinaryFailure() {
        createUser(false);
        assertThatThrownBy(() -> signIn("not the password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        createUser(true);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
            assertThatThrownBy(() -> signIn("wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("correct horse battery"))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("Too many failed sign-in attempts");
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() {
        username = "nobody-" + System.nanoTime();
        assertThatThrownBy(() -> signIn("whatever")).isInstanceOf(BadCredentialsException.class);
    }
}
