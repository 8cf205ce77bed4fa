package org.statementworkbench.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.events.DomainEvents;

/**
 * Users and their roles and working languages. Administration is for ADMIN only, enforced here.
 *
 * <p>Every change that could alter who is an enabled administrator first locks the {@link AdminGuard} row and
 * then counts in READ COMMITTED, so the rules "at least one enabled administrator remains" and "the first
 * administrator only while none exists" hold in the database, across concurrent requests and servers. A change
 * to a user's access is announced with {@link UserAccessChanged} after commit, for their open sessions.
 */
@Service
@Transactional
public class UserService {

    private static final Logger log = LoggerFactory.getLogger(UserService.class);

    private final UserRepository users;
    private final AdminGuardRepository adminGuard;
    private final PasswordEncoder passwordEncoder;
    private final DomainEvents events;

    UserService(
            UserRepository users,
            AdminGuardRepository adminGuard,
            PasswordEncoder passwordEncoder,
            DomainEvents events) {
        this.users = users;
        this.adminGuard = adminGuard;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> listUsers() {
        return users.findAllByOrderByUsernameAsc().stream()
                .map(WorkbenchUser::toAccount)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public UserAccount createUser(NewUser user) {
        lockAdministrators();
        return create(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public UserAccount updateUser(UserUpdate update) {
        lockAdministrators();
        WorkbenchUser user = users.findById(update.id())
                .orElseThrow(() -> new IllegalArgumentException("This user no longer exists."));
        if (user.getVersion() != update.version()) {
            throw new OptimisticLockingFailureException("Someone else changed user '" + user.getUsername()
                    + "' while you were editing. Reload and try again.");
        }
        if (!update.newPassword().isEmpty()) {
            PasswordPolicy.check(user.getUsername(), update.newPassword());
        }
        boolean staysActiveAdmin = update.enabled() && update.roles().contains(Role.ADMIN);
        if (user.isActiveAdmin() && !staysActiveAdmin && users.countActiveAdmins() <= 1) {
            throw new IllegalArgumentException("At least one enabled administrator must remain.");
        }
        boolean disabling = user.isEnabled() && !update.enabled();
        boolean accessChanged = !user.getRoles().equals(Set.copyOf(update.roles()))
                || !user.getLanguages().equals(Set.copyOf(update.languages()));
        user.setFullName(update.fullName());
        user.setRoles(update.roles());
        user.setLanguages(update.languages());
        user.setEnabled(update.enabled());
        if (!update.newPassword().isEmpty()) {
            user.setPasswordHash(hash(update.newPassword()));
        }
        WorkbenchUser saved = users.saveAndFlush(user);
        log.info(
                "User '{}' updated by '{}': roles {}, languages {}, enabled {}{}",
                saved.getUsername(),
                currentUsername().orElse("?"),
                saved.getRoles(),
                saved.getLanguages(),
                saved.isEnabled(),
                update.newPassword().isEmpty() ? "" : ", password reset");
        boolean endSessions = disabling || !update.newPassword().isEmpty();
        if (endSessions || accessChanged) {
            events.publish(
                    new UserAccessChanged(saved.getUsername(), saved.getRoles(), saved.getLanguages(), endSessions));
        }
        return saved.toAccount();
    }

    /** The signed-in user changes their own password; the current one must be given. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        WorkbenchUser user = currentUsername()
                .flatMap(users::findByUsername)
                .orElseThrow(() -> new IllegalStateException("No signed-in user."));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new IllegalArgumentException("The current password is not correct.");
        }
        PasswordPolicy.check(user.getUsername(), newPassword);
        user.setPasswordHash(hash(newPassword));
    }

    /**
     * The signed-in user as stored now (roles and working languages as an administrator last set them). Throws
     * {@link AccountDisabledException} when the account has been disabled since they signed in, so that whatever
     * they attempt is refused with that reason.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<UserAccount> currentUser() {
        Optional<UserAccount> user =
                currentUsername().flatMap(users::findByUsername).map(WorkbenchUser::toAccount);
        if (user.isPresent() && !user.get().enabled()) {
            throw new AccountDisabledException();
        }
        return user;
    }

    /** Of these user names, the ones of enabled accounts (for @mentions: anyone signed in may mention anyone). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<String> enabledUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        return users.findByUsernameInAndEnabledTrue(usernames).stream()
                .map(WorkbenchUser::getUsername)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether an enabled administrator exists. Open to anyone: the one-time setup screen depends on it. */
    @Transactional(readOnly = true)
    public boolean adminExists() {
        return users.countActiveAdmins() > 0;
    }

    /**
     * Creates the first administrator. Allowed to anyone, but only while no enabled administrator exists
     * (the one-time setup screen of a fresh production database). Two simultaneous attempts create one.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public UserAccount createFirstAdmin(String username, String fullName, String password) {
        adminGuard.lockForChange().orElseThrow(AdminGuardMissing::new);
        if (users.countActiveAdmins() > 0) {
            throw new IllegalStateException("An administrator already exists; sign in instead.");
        }
        UserAccount admin = create(new NewUser(username, fullName, password, Set.of(Role.ADMIN), Set.of()));
        log.info("First administrator '{}' created", admin.username());
        return admin;
    }

    /**
     * Waits for any other change of administrators to commit, then makes sure the person acting is still an
     * enabled administrator (another administrator may have disabled or demoted them meanwhile). A principal
     * without a stored account (a test's mock user) is left to {@code @PreAuthorize}.
     */
    private void lockAdministrators() {
        adminGuard.lockForChange().orElseThrow(AdminGuardMissing::new);
        currentUsername().flatMap(users::findByUsername).ifPresent(actor -> {
            if (!actor.isEnabled()) {
                throw new AccountDisabledException();
            }
            if (!actor.isActiveAdmin()) {
                throw new AccessDeniedException("You are no longer an administrator, so nothing was changed.");
            }
        });
    }

    /** The guard row comes with migration V8; without it the rules above could not be enforced. */
    private static final class AdminGuardMissing extends IllegalStateException {
        AdminGuardMissing() {
            super("The admin_guard row is missing from the database (migration V8); administrators cannot be changed.");
        }
    }

    private UserAccount create(NewUser user) {
        String username = WorkbenchUser.validUsername(user.username());
        if (users.existsByUsername(username)) {
            throw new IllegalArgumentException("The username '" + username + "' is already taken.");
        }
        PasswordPolicy.check(username, user.password());
        WorkbenchUser entity =
                new WorkbenchUser(username, user.fullName(), hash(user.password()), user.roles(), user.languages());
        return users.saveAndFlush(entity).toAccount();
    }

    /** Spring's encoder returns null only for a null password, which never reaches it. */
    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "the password encoder returned no hash");
    }

    private static Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.of(auth.getName());
    }
}
