package org.statementworkbench.security;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Password hashing, login throttling, the session registry and method security ({@code @PreAuthorize} on
 * services). JSR-250 stays off for methods: Vaadin reads {@code @RolesAllowed}/{@code @PermitAll} on views itself,
 * and enabling it here would wrap every annotated view in a proxy.
 */
@Configuration
@EnableMethodSecurity
class SecurityBeans {

    /** Delegating encoder: new hashes are bcrypt ({bcrypt}...); older formats keep verifying. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Who is signed in in which session; filled at sign-in, emptied by the session events below. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Turns the servlet container's session events into Spring events, for the registry and UserSessions. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            UserRepository users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(new WorkbenchUserDetailsService(users), encoder, throttle);
    }
}
