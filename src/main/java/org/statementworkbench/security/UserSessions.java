package org.statementworkbench.security;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open sessions of each signed-in person, and what an administrator's change does to them: a disabled account
 * or a password reset ends them at once (the HTTP session is invalidated, so the next request, a Vaadin UIDL or
 * push message of a page left open included, finds no session and lands on the sign-in page); new roles replace
 * the ones in the session's security context, which Vaadin reads from the HTTP session on every request, so they
 * apply to the very next action without signing out and without losing unsaved text.
 *
 * <p>Spring Security's {@link SessionRegistry} knows which session ids belong to whom (registered at sign-in);
 * the HTTP sessions themselves come from the servlet container's events ({@code HttpSessionEventPublisher}).
 * Both are in memory: on several servers behind a load balancer, each server ends the sessions it holds only
 * when it hears the change, which needs shared sessions (Spring Session) and is not set up here.
 */
@Component
public class UserSessions {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final SessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** The HTTP sessions in which {@code username} is signed in on this server. */
    public List<HttpSession> openSessionsOf(String username) {
        return sessionIdsOf(username, false).stream()
                .map(sessions::get)
                .filter(Objects::nonNull)
                .toList();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(0)
    void onAccessChanged(UserAccessChanged change) {
        if (change.endSessions()) {
            endSessionsOf(change.username());
        } else {
            grantRoles(change.username(), change.roles());
        }
    }

    void endSessionsOf(String username) {
        int ended = 0;
        for (String id : sessionIdsOf(username, true)) {
            SessionInformation info = registry.getSessionInformation(id);
            if (info != null) {
                info.expireNow();
            }
            HttpSession session = sessions.remove(id);
            if (session != null) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // ended by itself meanwhile
                }
            }
            registry.removeSessionInformation(id);
        }
        log.info("Ended {} open session(s) of '{}'", ended, username);
    }

    void grantRoles(String username, Set<Role> roles) {
        for (HttpSession session : openSessionsOf(username)) {
            try {
                if (session.getAttribute(CONTEXT) instanceof SecurityContext context
                        && context.getAuthentication() != null) {
                    session.setAttribute(
                            CONTEXT, new SecurityContextImpl(withRoles(context.getAuthentication(), roles)));
                }
            } catch (IllegalStateException invalidated) {
                // ended meanwhile: nothing to update
            }
        }
    }

    /** The same sign-in with other roles; its other authorities (Spring's FACTOR_PASSWORD and the like) stay. */
    private static Authentication withRoles(Authentication current, Set<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities().stream()
                .filter(a -> a.getAuthority() == null || !a.getAuthority().startsWith("ROLE_"))
                .toList());
        authorities.addAll(AuthorityUtils.createAuthorityList(
                roles.stream().map(Role::authority).toList()));
        var principal = new User(current.getName(), "", authorities);
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        updated.setDetails(current.getDetails());
        return updated;
    }

    private List<String> sessionIdsOf(String username, boolean includeExpired) {
        return registry.getAllPrincipals().stream()
                .filter(p -> username.equals(p instanceof User user ? user.getUsername() : String.valueOf(p)))
                .flatMap(p -> registry.getAllSessions(p, includeExpired).stream())
                .map(SessionInformation::getSessionId)
                .toList();
    }

    @EventListener
    void sessionCreated(HttpSessionCreatedEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void sessionIdChanged(HttpSessionIdChangedEvent event) {
        sessions.remove(event.getOldSessionId());
        if (event.getSource() instanceof HttpSession session) {
            sessions.put(session.getId(), session);
        }
    }

    @EventListener
    void sessionDestroyed(HttpSessionDestroyedEvent event) {
        sessions.remove(event.getId());
    }
}
