package org.statementworkbench.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Vaadin's login flow with our login view; the health endpoint is open for monitoring.
 *
 * <ul>
 * <li><b>CSRF</b>: Vaadin's own configuration exempts the login POST from Spring's CSRF check (its login form posts
 * without a token), which lets a foreign page sign a visitor into another account. Here only Vaadin's internal
 * requests are exempt (they carry Vaadin's own CSRF protection, the UI's security key); the login form sends
 * Spring's token, which {@link IndexPageSecurity} puts in the page as the meta tags the form reads.</li>
 * <li><b>Sessions</b> are registered in the {@link SessionRegistry}, so an administrator's change can end or
 * update them ({@code UserSessions}).</li>
 * <li><b>Headers</b>: Spring's defaults (X-Content-Type-Options: nosniff, X-Frame-Options: DENY, no caching of
 * authenticated pages) plus a referrer policy and a Content-Security-Policy ({@link ContentSecurityPolicy}; Vaadin's
 * pages replace it with one carrying their nonce). They are written when the request starts: Vaadin's pages are
 * served through a forward to its servlet, and the container commits a forwarded response without passing Spring's
 * on-commit hook, so headers written at commit never reached those pages.</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
class WebSecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil)
            throws Exception {
        http.authorizeHttpRequests(auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.sessionManagement(sessions ->
                sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.headers(headers -> {
            headers.contentTypeOptions(nosniff -> {})
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .addHeaderWriter(ContentSecurityPolicy.headerWriter());
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }
}
