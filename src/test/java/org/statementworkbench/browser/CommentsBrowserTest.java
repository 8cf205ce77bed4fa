package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * A translator comments on a segment with the keyboard (Esc keeps the text, Ctrl+Enter posts) and mentions a
 * reviewer, whose open notifications page and top-bar count show it at once (push); Open goes to the segment.
 * Screenshots: target/screenshots/comments-*.png.
 */
class CommentsBrowserTest extends BrowserTest {

    CommentsBrowserTest() {
        super(1366, 900);
    }

    @Test
    void aCommentPostedWithCtrlEnterReachesTheMentionedReviewerLive() {
        String tag = uniqueTag("cm");
        String translator = user("cmt-fr-" + tag, "Claire Dubois", Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.FR));
        String reviewer = user("cmt-rv-" + tag, "Jean Martin", Set.of(Role.REVIEWER), EnumSet.of(UnLanguage.FR));
        long statementId = importStatement(
                thailandAtCcpcj("Statement by Thailand " + tag, UnLanguage.FR),
                "Mr. Chair,\n\nThailand pledges its commitment to tackle cybercrime.");
        WorkbenchPages reviewerPages = anotherBrowser();
        reviewerPages.signIn(reviewer);
        reviewerPages.open("/notifications");
        reviewerPages
                .waiting()
                .until(d ->
                        !d.findElements(By.cssSelector(".notifications-view")).isEmpty());

        pages.signIn(translator);
        pages.open("/statement/" + statementId + "?lang=fr");
        WebElement draft =
                pages.waiting().until(d -> d.findElement(By.cssSelector(".comment-form vaadin-text-area textarea")));
        String text = "@" + reviewer + " \"Monsieur le Président\" or \"Monsieur le Président de la Commission\"?";
        draft.click();
        draft.sendKeys(text);
        draft.sendKeys(Keys.ESCAPE);
        pages.settled();
        assertThat(draft.getDomProperty("value")).as("Esc keeps the typed text").isEqualTo(text);
        draft.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".comment-thread .comment-text")).stream()
                        .anyMatch(e -> e.getText().equals(text)));
        assertThat(draft.getDomProperty("value")).isEmpty();
        pages.screenshot("comments-panel", driver.findElement(By.cssSelector(".comments-panel")));

        reviewerPages
                .waiting()
                .until(d -> d.findElements(By.cssSelector(".notification-card")).size() == 1
                        && d.findElement(By.cssSelector(".notification-count"))
                                .getText()
                                .equals("1"));
        reviewerPages.screenshot("comments-notifications");
        reviewerPages.clickButton("Open");
        reviewerPages.waiting().until(d -> d.getCurrentUrl().contains("/statement/" + statementId));
        assertThat(reviewerPages.driver().getCurrentUrl()).contains("segment=1").contains("lang=fr");
    }
}
