package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.browser.SdgGoals.GOAL_1_AR;
import static org.statementworkbench.browser.SdgGoals.GOAL_1_FR;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserUpdate;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * Text typed in the editor and not yet saved survives every way out of the editor: a menu link and the back button
 * keep it as a draft; a reload or leaving the site is asked about first; a draft the server refuses (a colleague's
 * save in between, a language taken away) is asked about, never dropped silently. Arabic and French, SDG goals.
 * Screenshots: target/screenshots/unsaved-*.png.
 */
class UnsavedTextBrowserTest extends BrowserTest {

    UnsavedTextBrowserTest() {
        super(1366, 768);
    }

    /** A prompt before unloading the page is left open for the test to see (by default WebDriver accepts it). */
    @Override
    protected void browserOptions(ChromeOptions options) {
        options.enableBiDi();
        options.setCapability(
                "unhandledPromptBehavior", Map.of("beforeUnload", "ignore", "default", "dismiss and notify"));
    }

    /** Leaves the page, accepting a prompt a failed test may have left behind, so the next test starts clean. */
    @AfterEach
    void leaveThePage() {
        if (driver.getCurrentUrl().startsWith("http")) {
            pages.js("setTimeout(() => { location.href = 'about:blank'; }, 0)");
            pages.waiting().withTimeout(Duration.ofSeconds(10)).until(d -> {
                if (ExpectedConditions.alertIsPresent().apply(d) != null) {
                    d.switchTo().alert().accept();
                }
                return d.getCurrentUrl().equals("about:blank");
            });
        }
    }

    /** A translator into Arabic and French, and a statement of three SDG goals to translate from English. */
    record Setup(String translator, long statementId) {}

    /**
     * A new translator, who opens a new statement of three SDG goals in the editor and types {@code text} into the
     * first segment's translation in {@code language}, saving nothing yet.
     */
    private Setup typedInEditor(UnLanguage language, String text) {
        String tag = uniqueTag("u");
        String translator = user(
                "unsaved-" + tag, "Amina Haddad", Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.AR, UnLanguage.FR));
        Setup s = new Setup(translator, sdgGoalsStatement(tag));
        pages.openEditorAs(translator, s.statementId(), language);
        pages.typeInTarget(text);
        return s;
    }

    private TranslationState saved(Setup s, UnLanguage language, int number) {
        return saved(s.translator(), Role.TRANSLATOR, s.statementId(), language, number);
    }

    /** The statement list, the workbench's start page (menu item "Statements"). */
    private void waitForStatementList() {
        pages.waiting().until(ExpectedConditions.urlMatches("^http://localhost:\\d+/$"));
    }

    @Test
    void aMenuLinkAndTheBackButtonKeepTheTypedTextAsADraft() {
        Setup s = typedInEditor(UnLanguage.AR, GOAL_1_AR);
        pages.clickMenu("Statements");
        waitForStatementList();
        pages.waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR));
        assertThat(saved(s, UnLanguage.AR, 1).status()).isEqualTo(SegmentStatus.DRAFT);

        // back in the editor the draft is there; typing on and going forward at once (no pause, no blur) keeps it all
        driver.navigate().back();
        pages.waiting().until(d -> pages.target().getDomProperty("value").equals(GOAL_1_AR));
        pages.keys().click(pages.target()).sendKeys(Keys.END).sendKeys(".").perform();
        driver.navigate().forward();
        waitForStatementList();
        pages.waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR + "."));
    }

    @Test
    void signingOutKeepsTheTypedTextAsADraft() {
        Setup s = typedInEditor(UnLanguage.AR, GOAL_1_AR);
        // straight to Sign out, no pause after typing: the draft is saved before the session ends
        pages.clickButton("Sign out");
        pages.waiting().until(ExpectedConditions.urlContains("/login"));
        pages.waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR));
        assertThat(saved(s, UnLanguage.AR, 1).status()).isEqualTo(SegmentStatus.DRAFT);
    }

    @Test
    void aReloadOrLeavingTheSiteIsAskedAboutOnlyWhileTextIsUnsaved() {
        Setup s = typedInEditor(UnLanguage.FR, GOAL_1_FR);

        pages.js("setTimeout(() => location.reload(), 0)");
        Alert prompt = pages.waiting().until(ExpectedConditions.alertIsPresent());
        prompt.dismiss(); // "Cancel": stay on the page
        assertThat(pages.target().getDomProperty("value")).isEqualTo(GOAL_1_FR);
        pages.js("setTimeout(() => { location.href = 'about:blank'; }, 0)");
        pages.waiting().until(ExpectedConditions.alertIsPresent()).dismiss();
        assertThat(pages.target().getDomProperty("value")).isEqualTo(GOAL_1_FR);
        pages.screenshot("unsaved-kept-after-reload-cancelled");

        // once confirmed (saved), a reload is not asked about
        pages.keys()
                .click(pages.target())
                .keyDown(Keys.CONTROL)
                .sendKeys(Keys.ENTER)
                .keyUp(Keys.CONTROL)
                .perform();
        pages.atSegment(2);
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(GOAL_1_FR);
        // an open prompt would fail the next script with "unexpected alert open"
        pages.js("window.beforeTheReload = true; setTimeout(() => location.reload(), 0)");
        pages.waiting()
                .until(d -> pages.js("return window.beforeTheReload === undefined && !!document.querySelector("
                                + "'.segment-edit-pane')")
                        .equals(Boolean.TRUE));
    }

    @Test
    void aDraftTheServerRefusesIsAskedAboutAndKeptUntilThePersonDropsIt() {
        Setup s = typedInEditor(UnLanguage.AR, GOAL_1_AR);
        // meanwhile an administrator takes Arabic away from the translator
        asAdmin(() -> {
            UserAccount account = users.listUsers().stream()
                    .filter(u -> u.username().equals(s.translator()))
                    .findFirst()
                    .orElseThrow();
            return users.updateUser(new UserUpdate(
                    account.id(),
                    account.version(),
                    account.fullName(),
                    account.roles(),
                    EnumSet.of(UnLanguage.FR),
                    true));
        });

        pages.clickMenu("Statements");
        pages.waiting().until(d -> dialogText().contains("not one of their working languages"));
        pages.screenshot("unsaved-refused-dialog");
        pages.clickButton("Stay");
        pages.waiting().until(d -> dialogText().isEmpty());
        assertThat(driver.getCurrentUrl()).contains("/statement/" + s.statementId());
        assertThat(pages.target().getDomProperty("value")).isEqualTo(GOAL_1_AR);

        pages.clickMenu("Statements");
        pages.waiting().until(d -> dialogText().contains("not one of their working languages"));
        pages.clickButton("Leave without saving");
        waitForStatementList();
        assertThat(saved(s, UnLanguage.AR, 1).version()).isEqualTo(TranslationState.UNSAVED_VERSION);
    }

    @Test
    void aColleaguesSaveInBetweenShowsBothTextsAndTheChosenOneIsSavedBeforeLeaving() {
        Setup s = typedInEditor(UnLanguage.FR, GOAL_1_FR);
        String theirs = "Éliminer la pauvreté sous toutes ses formes";
        // the same person in another tab
        save(s.translator(), Role.TRANSLATOR, s.statementId(), UnLanguage.FR, 1, theirs, SegmentStatus.DRAFT);

        pages.clickMenu("Statements");
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".conflict-text")).stream()
                        .map(WebElement::getText)
                        .toList()
                        .equals(List.of(GOAL_1_FR, theirs)));
        pages.screenshot("unsaved-conflict-dialog");
        assertThat(driver.getCurrentUrl()).contains("/statement/" + s.statementId());
        pages.clickButton("Keep mine");
        waitForStatementList();
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(GOAL_1_FR);
    }

    /** The text of the open "not saved" question (header, message, buttons), or empty. */
    private String dialogText() {
        return (String) pages.js("return [...document.querySelectorAll("
                + "'vaadin-confirm-dialog')].filter(e => e.opened).map(e => e.textContent).join(' ').trim()");
    }
}
