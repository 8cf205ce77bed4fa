package org.statementworkbench.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The main layout's menu shows only what the user's roles allow. The whole menus of a reviewer and an administrator
 * are the ones the real-browser sign-in test sees too.
 */
@SpringBootTest
public class MainMenuTest extends SpringBrowserlessTest {

    /** A reviewer's menu, top to bottom. */
    public static final List<String> REVIEWER_MENU =
            List.of("Statements", "Glossary", "Term proposals", "My term proposals", "My notifications", "My account");

    /** An administrator's menu, top to bottom. */
    public static final List<String> ADMINISTRATOR_MENU = List.of(
            "Statements",
            "Import statement",
            "Glossary",
            "Glossary import/export",
            "Term proposals",
            "My term proposals",
            "My notifications",
            "Users",
            "Language rules",
            "Translation memories",
            "My account");

    private List<String> menu() {
        navigate(StatementListView.class);
        return find(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    @WithMockUser(username = "menu-translator", roles = "TRANSLATOR")
    void aTranslatorSeesStatementsAndTheirAccount() {
        assertThat(menu())
                .containsExactly("Statements", "Glossary", "My term proposals", "My notifications", "My account");
    }

    @Test
    @WithMockUser(username = "menu-reviewer", roles = "REVIEWER")
    void aReviewerHasNoUserAdministration() {
        assertThat(menu()).containsExactlyElementsOf(REVIEWER_MENU);
    }

    @Test
    @WithMockUser(username = "menu-glossary", roles = "GLOSSARY_MANAGER")
    void aGlossaryManagerHasNoUserAdministration() {
        assertThat(menu()).doesNotContain("Users").contains("Glossary import/export");
    }

    @Test
    @WithMockUser(username = "menu-admin", roles = "ADMIN")
    void anAdministratorAlsoSeesUsers() {
        assertThat(menu()).containsExactlyElementsOf(ADMINISTRATOR_MENU);
    }
}
