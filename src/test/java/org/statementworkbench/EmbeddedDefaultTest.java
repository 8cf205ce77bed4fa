package org.statementworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.LanguageProgress;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/** What the embedded (H2) default gives a newcomer on first start: demo users per role and the demo statement. */
@SpringBootTest(properties = "workbench.test.database=h2")
class EmbeddedDefaultTest {

    @Autowired
    UserService userService;

    @Autowired
    StatementService statementService;

    @Autowired
    AuthenticationProvider authenticationProvider;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void firstStartCreatesOneDemoUserPerRole() {
        List<UserAccount> users = userService.listUsers();
        assertThat(users)
                .extracting(UserAccount::username)
                .containsExactlyInAnyOrder("admin", "glossary", "reviewer", "translator");
        assertThat(users).flatExtracting(u -> List.copyOf(u.roles())).containsExactlyInAnyOrder(Role.values());
        assertThat(jdbc.queryForList("select password_hash from app_user", String.class))
                .allMatch(h -> h.startsWith("{bcrypt}"));
    }

    @Test
    void theDemoLoginsWork() {
        Map<String, String> logins = Map.of(
                "translator",
                "translate-demo-2026",
                "reviewer",
                "review-demo-2026",
                "glossary",
                "terms-demo-2026",
                "admin",
                "manage-demo-2026");
        logins.forEach((user, password) -> assertThat(authenticationProvider
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password))
                        .isAuthenticated())
                .as(user)
                .isTrue());
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void theDemoStatementIsThereWithDraftTranslationsIntoFiveLanguages() {
        List<StatementSummary> statements = statementService.listStatements();
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.details().delegation()).isEqualTo("Thailand");
            assertThat(s.details().unBody()).isEqualTo("Commission on Crime Prevention and Criminal Justice");
            assertThat(s.sourceLanguage()).isEqualTo(UnLanguage.EN);
            assertThat(s.segments()).isEqualTo(21);
            assertThat(s.progress())
                    .extracting(LanguageProgress::language)
                    .containsExactlyInAnyOrder(
                            UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.ES, UnLanguage.RU);
            assertThat(s.progress())
                    .allSatisfy(p -> assertThat(p.count(SegmentStatus.DRAFT)).isEqualTo(21));
        });
    }
}
