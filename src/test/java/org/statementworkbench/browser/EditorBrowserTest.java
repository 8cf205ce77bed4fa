package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The path an administrator and a translator take in a real browser: import a pasted statement (background
 * import with progress, then the editor opens), translate a segment with the keyboard, and see it saved.
 */
class EditorBrowserTest extends BrowserTest {

    EditorBrowserTest() {
        super(1366, 900);
    }

    @Test
    void anImportedStatementIsTranslatedWithTheKeyboard() {
        user("editor-admin", "Ana Torres", Set.of(Role.ADMIN), Set.of());
        user("editor-ar", "Amina Haddad", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        pages.signIn("editor-admin");
        pages.open("/statements/new");
        pages.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field input")))
                .sendKeys("Statement by Thailand on countering cybercrime");
        pages.click(driver.findElement(By.xpath("//vaadin-tab[contains(., 'Paste text')]")));
        WebElement pasted = pages.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-area textarea")));
        pages.click(pasted);
        pasted.sendKeys("Mr. Chair,\n\nThailand pledges its commitment to tackle cybercrime. "
                + "We uphold the UN Model Strategies.\n\nThank you.");
        pages.click(driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Import']")));
        pages.waiting().until(ExpectedConditions.urlMatches(".*/statement/\\d+.*"));
        String editorUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
        pages.awaitCell("Thailand pledges");
        pages.screenshot("editor-after-import");

        pages.signIn("editor-ar");
        driver.get(editorUrl + "?lang=ar");
        WebElement textarea = pages.target();
        pages.waiting().until(d -> textarea.getAttribute("dir").equals("rtl"));
        pages.typeInTarget("السيد الرئيس،");
        pages.press(Keys.CONTROL, Keys.ENTER);
        pages.atSegment(2);
        pages.awaitCell("السيد الرئيس،");
        pages.screenshot("editor-arabic");

        assertThat(pages.cellReads("Translated")).isTrue();

        // A colleague saves segment 4 elsewhere: it appears in this open editor without a reload (server push).
        long statementId = Long.parseLong(editorUrl.replaceAll(".*/statement/(\\d+).*", "$1"));
        save("editor-ar", Role.TRANSLATOR, statementId, UnLanguage.AR, 4, "شكراً.", SegmentStatus.TRANSLATED);
        pages.waiting().until(d -> pages.cellReads("شكراً."));
        pages.screenshot("editor-live-update");

        // The Markdown export of the Arabic translation, fetched with this browser's session.
        String href = driver.findElement(By.xpath("//a[normalize-space(.)='Markdown']"))
                .getAttribute("href");
        assertThat(pages.fetchText(href))
                .startsWith("السيد الرئيس،\n\n")
                .contains("شكراً.")
                .contains("Thailand pledges its commitment to tackle cybercrime.");
    }
}
