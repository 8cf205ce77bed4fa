package org.statementworkbench.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The main layout's menu shows only what the user's roles allow. */
@SpringBootTest
class MainMenuTest extends SpringBrowserlessTest {

    private List<String> menu() {
        navigate(StatementListView.class);
        return find(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    @WithMockUser(username = "menu-translator", roles = "TRANSLATOR")
    void aTranslatorSeesStatementsAndTheirAccount() {
        assertThat(menu()).containsExactly("Statements", "Glossary", "My term proposals", "My account");
    }

    @Test
    @WithMockUser(username = "menu-reviewer", roles = "REVIEWER")
    void aReviewerHasNoUserAdministration() {
        assertThat(menu())
                .containsExactly("Statements", "Glossary", "Term proposals", "My term proposals", "My account");
    }

    @Test
    @WithMockUser(username = "menu-glossary", roles = "GLOSSARY_MANAGER")
    void aGlossaryManagerHasNoUserAdministration() {
        assertThat(menu()).doesNotContain("Users").contains("Glossary import/export");
    }

    @Test
    @WithMockUser(username = "menu-admin", roles = "ADMIN")
    void anAdministratorAlsoSeesUsers() {
        assertThat(menu())
                .containsExactly(
                        "Statements",
                        "Import statement",
                        "Glossary",
                        "Glossary import/export",
                        "Term proposals",
                        "My term proposals",
                        "Users",
                        "Language rules",
                        "My account");
    }
}
