package org.statementworkbench.security;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.statementworkbench.bench.Benchmarks;

/**
 * What our failed-login throttle adds to a sign-in: the workbench's provider (throttle check, bcrypt) against
 * Spring Security's plain DaoAuthenticationProvider with the same users and encoder.
 */
public class SignInBenchmark implements Benchmarks.Benchmark {

    private final AuthenticationProvider plain;
    private final AuthenticationProvider throttled;

    public SignInBenchmark() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("translate-demo-2026");
        UserDetailsService users = username -> User.withUsername(username)
                .password(hash)
                .roles(Role.TRANSLATOR.name())
                .build();
        var dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        plain = dao;
        throttled = new ThrottledAuthenticationProvider(users, encoder, new LoginThrottle(Clock.systemUTC()));
        Set.of(plain, throttled).forEach(p -> p.authenticate(token()));
    }

    private static UsernamePasswordAuthenticationToken token() {
        return UsernamePasswordAuthenticationToken.unauthenticated("translator", "translate-demo-2026");
    }

    @Override
    public String name() {
        return "sign-in: throttled provider, bcrypt";
    }

    @Override
    public String baselineName() {
        return "Spring DaoAuthenticationProvider";
    }

    @Override
    public Runnable baseline() {
        return () -> plain.authenticate(token());
    }

    @Override
    public Runnable subject() {
        return () -> throttled.authenticate(token());
    }

    @Override
    public int runs() {
        return 60;
    }
}
