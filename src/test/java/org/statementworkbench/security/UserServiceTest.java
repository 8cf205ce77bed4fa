package org.statementworkbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/** Against MariaDB (see TestDatabaseInitializer). Each test rolls back. */
@SpringBootTest
@Transactional
class UserServiceTest {

    private static final AtomicInteger counter = new AtomicInteger();

    @Autowired
    UserService userService;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    static String uniqueName(String base) {
        return base + "-" + counter.incrementAndGet();
    }

    static NewUser translator(String username) {
        return new NewUser(
                username,
                "Amina El-Sayed",
                "a-long-enough-secret",
                Set.of(Role.TRANSLATOR),
                EnumSet.of(UnLanguage.AR, UnLanguage.FR));
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void anAdminCreatesAUserWithAHashedPasswordRolesAndLanguages() {
        String name = uniqueName("amina");
        UserAccount created = userService.createUser(translator(name));

        assertThat(created.username()).isEqualTo(name);
        assertThat(created.roles()).containsExactly(Role.TRANSLATOR);
        assertThat(created.languages()).containsExactlyInAnyOrder(UnLanguage.AR, UnLanguage.FR);
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("a-long-enough-secret");
        assertThat(jdbc.queryForList(
                        "select language from app_user_language where user_id = ?", String.class, created.id()))
                .containsExactlyInAnyOrder("ar", "fr");
        assertThat(userService.listUsers()).extracting(UserAccount::username).contains(name);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void badInputIsRefusedWithAMessageAndStoresNothing() {
        long before = users.count();
        String name = uniqueName("dup");
        userService.createUser(translator(name));

        assertThatThrownBy(() -> userService.createUser(translator(name.toUpperCase())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already taken");
        assertThatThrownBy(() -> userService.createUser(translator("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 to 64 characters");
        assertThatThrownBy(() -> userService.createUser(new NewUser(
                        uniqueName("short"), "Short Password", "tooshort", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> userService.createUser(
                        new NewUser(uniqueName("noroles"), "No Roles", "a-long-enough-secret", Set.of(), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> userService.createUser(new NewUser(
                        "olga.petrova", "Olga", "olga.petrova-2026-secret", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain the username");

        assertThat(users.count()).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void aStaleEditIsRefusedInsteadOfOverwritingAnotherAdminsChange() {
        UserAccount created = userService.createUser(translator(uniqueName("stale")));
        userService.updateUser(new UserUpdate(
                created.id(),
                created.version(),
                "Amina El-Sayed (Arabic)",
                created.roles(),
                created.languages(),
                true));

        assertThatThrownBy(() -> userService.updateUser(new UserUpdate(
                        created.id(),
                        created.version(),
                        "Someone else's edit",
                        created.roles(),
                        created.languages(),
                        false)))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("Someone else changed");

        UserAccount reloaded = userService.listUsers().stream()
                .filter(u -> u.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(reloaded.fullName()).isEqualTo("Amina El-Sayed (Arabic)");
        assertThat(reloaded.enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void anAdminResetsAPasswordTogetherWithTheEditOrNotAtAll() {
        UserAccount created = userService.createUser(translator(uniqueName("reset")));
        String before =
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id());

        assertThatThrownBy(() -> userService.updateUser(new UserUpdate(
                        created.id(),
                        created.version(),
                        "Renamed",
                        created.roles(),
                        created.languages(),
                        true,
                        "short")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12");
        assertThat(userService.listUsers().stream()
                        .filter(u -> u.id() == created.id())
                        .findFirst()
                        .orElseThrow()
                        .fullName())
                .isEqualTo("Amina El-Sayed");

        userService.updateUser(new UserUpdate(
                created.id(),
                created.version(),
                "Amina El-Sayed",
                created.roles(),
                created.languages(),
                true,
                "a-brand-new-secret"));
        String after =
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.id());
        assertThat(after).startsWith("{bcrypt}").isNotEqualTo(before);
    }

    @Test
    @WithMockUser(username = "root-admin", roles = "ADMIN")
    void theLastEnabledAdministratorCannotBeDisabledOrDemoted() {
        jdbc.update("delete from app_user");
        UserAccount admin = userService.createUser(new NewUser(
                uniqueName("only-admin"), "Only Admin", "a-long-enough-secret", Set.of(Role.ADMIN), Set.of()));

        assertThatThrownBy(() -> userService.updateUser(
                        new UserUpdate(admin.id(), admin.version(), "Only Admin", Set.of(Role.ADMIN), Set.of(), false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("At least one enabled administrator");
        assertThatThrownBy(() -> userService.updateUser(new UserUpdate(
                        admin.id(), admin.version(), "Only Admin", Set.of(Role.REVIEWER), Set.of(), true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(userService.adminExists()).isTrue();
    }

    @Test
    void theFirstAdministratorCanBeCreatedOnlyWhileNoneExists() {
        jdbc.update("delete from app_user");
        assertThat(userService.adminExists()).isFalse();

        UserAccount first = userService.createFirstAdmin(uniqueName("first"), "First Admin", "a-long-enough-secret");

        assertThat(first.roles()).containsExactly(Role.ADMIN);
        assertThat(userService.adminExists()).isTrue();
        assertThatThrownBy(() -> userService.createFirstAdmin(uniqueName("second"), "Second", "a-long-enough-secret"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    @WithMockUser(username = "a-translator", roles = "TRANSLATOR")
    void aTranslatorCallingAdminMethodsIsRefusedByTheService() {
        long before = users.count();
        assertThatThrownBy(() -> userService.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.createUser(translator(uniqueName("sneaky"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.updateUser(new UserUpdate(1, 0, "X", Set.of(Role.ADMIN), Set.of(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.updateUser(
                        new UserUpdate(1, 0, "X", Set.of(Role.TRANSLATOR), Set.of(), true, "a-long-enough-secret")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyByGivingTheCurrentOne() {
        String name = uniqueName("self");
        users.saveAndFlush(new WorkbenchUser(
                name,
                "Self Service",
                encoder.encode("the-old-secret-1"),
                Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.RU)));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, null, List.of(new SimpleGrantedAuthority(Role.TRANSLATOR.authority()))));
        try {
            assertThatThrownBy(() -> userService.changeOwnPassword("wrong-old-secret", "the-new-secret-2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not correct");
            userService.changeOwnPassword("the-old-secret-1", "the-new-secret-2");
            assertThat(encoder.matches(
                            "the-new-secret-2",
                            users.findByUsername(name).orElseThrow().getPasswordHash()))
                    .isTrue();
            assertThat(userService.currentUser()).map(UserAccount::username).contains(name);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void whatADisabledAccountAttemptsIsRefusedWithThatReason() {
        String name = uniqueName("disabled");
        var user = new WorkbenchUser(
                name,
                "Disabled Translator",
                encoder.encode("the-old-secret-1"),
                Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.FR));
        user.setEnabled(false);
        users.saveAndFlush(user);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        name, null, List.of(new SimpleGrantedAuthority(Role.TRANSLATOR.authority()))));
        try {
            assertThatThrownBy(() -> userService.currentUser())
                    .isInstanceOf(AccountDisabledException.class)
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("This account is disabled")
                    .hasMessageNotContaining("working language");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anonymousCallersAreRefusedToo() {
        assertThatThrownBy(() -> userService.listUsers())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThatThrownBy(() -> userService.currentUser())
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
