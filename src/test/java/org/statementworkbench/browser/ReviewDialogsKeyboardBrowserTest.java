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
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;

/**
 * A reviewer's Return (Alt+R) and Reopen (Alt+O) at the keyboard alone, at 1366 x 768: the reason dialog takes the
 * focus in its reason, Esc closes it keeping the typed reason for the next time, Ctrl+Enter does the action, and
 * the focus goes back to the translation. Screenshots: target/screenshots/review-dialog-*.png.
 */
class ReviewDialogsKeyboardBrowserTest extends BrowserTest {

    private static final String PLEDGE = "La Thaïlande s’engage à lutter contre la cybercriminalité.";
    private static final String THANKS = "Je vous remercie.";
    private static final String RETURN_REASON = "Use « réaffirme son engagement », as in the Congress declaration.";
    private static final String REOPEN_REASON = "The delegation asked for « Merci » as delivered.";

    ReviewDialogsKeyboardBrowserTest() {
        super(1366, 768);
    }

    /** Whether the keyboard focus is in the reason of the open reason dialog. */
    private boolean focusInReason() {
        return Boolean.TRUE.equals(pages.js("""
                const a = document.activeElement;
                const field = a && a.closest && a.closest('vaadin-dialog.reason-dialog[opened] vaadin-text-area');
                return !!field && a.tagName === 'TEXTAREA';
                """));
    }

    /** Whether the keyboard focus is in the text of the translation being edited. */
    private boolean focusInTarget() {
        return Boolean.TRUE.equals(pages.js(
                "const host = arguments[0]; return document.activeElement === host"
                        + " && host.shadowRoot.activeElement === host.shadowRoot.querySelector('textarea');",
                pages.editor("edit-target")));
    }

    private WebElement openDialog() {
        return pages.waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog.reason-dialog[opened]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private boolean dialogClosed() {
        return Boolean.TRUE.equals(pages.js("return !document.querySelector('vaadin-dialog.reason-dialog[opened]')"
                + " && !document.querySelector('[closing]')"));
    }

    private String reasonValue() {
        return String.valueOf(pages.js(
                "return document.querySelector('vaadin-dialog.reason-dialog[opened] vaadin-text-area').value"));
    }

    /** Every part of the open dialog lies inside the window and inside the dialog, and no two buttons overlap. */
    private void nothingCutOffOrOverlapping() {
        Object problems = pages.js("""
                const dialog = document.querySelector('vaadin-dialog.reason-dialog[opened]');
                const inner = dialog.shadowRoot && dialog.shadowRoot.querySelector('vaadin-dialog-overlay');
                const overlay = [dialog.shadowRoot, inner && inner.shadowRoot]
                    .map(root => root && root.querySelector('[part=overlay]')).find(o => o);
                if (!overlay) return 'no overlay box found';
                const box = overlay.getBoundingClientRect();
                const found = [];
                const parts = [...dialog.querySelectorAll('vaadin-text-area, vaadin-button, p')];
                const title = dialog.headerTitle || '';
                for (const e of parts) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) { found.push('invisible ' + e.tagName); continue; }
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5
                      || r.bottom > box.bottom + 0.5)
                    found.push('outside the dialog: ' + e.tagName + ' ' + e.textContent.trim().slice(0, 30));
                  if (r.right > innerWidth || r.bottom > innerHeight) found.push('outside the window: ' + e.tagName);
                  if (e.scrollWidth > e.clientWidth + 1) found.push('cut off: ' + e.tagName);
                }
                const buttons = [...dialog.querySelectorAll('vaadin-button')].map(b => b.getBoundingClientRect());
                for (let i = 0; i < buttons.length; i++)
                  for (let j = i + 1; j < buttons.length; j++) {
                    const a = buttons[i], b = buttons[j];
                    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                      found.push('buttons overlap');
                  }
                const helper = dialog.querySelector('vaadin-text-area [slot=helper]');
                if (helper && helper.scrollWidth > helper.clientWidth + 1) found.push('helper cut off');
                if (!title) found.push('no title');
                return found.join('; ');
                """);
        assertThat(problems).isEqualTo("");
    }

    @Test
    void aReviewerReturnsAndReopensWithTheKeyboardAlone() {
        String tag = uniqueTag("rd");
        String translator = user("rd-tr-" + tag, "Claire Dubois", Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.FR));
        String reviewer = user("rd-rv-" + tag, "Jean Martin", Set.of(Role.REVIEWER), EnumSet.of(UnLanguage.FR));
        long statementId = importStatement(
                thailandAtCcpcj("Statement by Thailand " + tag, UnLanguage.FR),
                "Thailand pledges its commitment to tackle cybercrime.\n\nThank you.");
        save(translator, Role.TRANSLATOR, statementId, UnLanguage.FR, 1, PLEDGE, SegmentStatus.TRANSLATED);
        save(translator, Role.TRANSLATOR, statementId, UnLanguage.FR, 2, THANKS, SegmentStatus.TRANSLATED);
        as(reviewer, Role.REVIEWER, () -> {
            SegmentRow second = translations
                    .rows(statementId, UnLanguage.FR, SegmentQuery.all(), 1, 1)
                    .getFirst();
            return translations.save(new SaveTranslation(
                    second.segmentId(),
                    UnLanguage.FR,
                    THANKS,
                    SegmentStatus.APPROVED,
                    second.target().version()));
        });

        pages.openEditorAs(reviewer, statementId, UnLanguage.FR);
        pages.atSegment(1);
        pages.waiting().until(d -> pages.value("edit-target").equals(PLEDGE));

        // Alt+R (wherever the focus is in the editor): the return dialog, the focus in its reason
        pages.press(Keys.ALT, "r");
        WebElement dialog = openDialog();
        pages.waiting().until(d -> focusInReason());
        pages.press(RETURN_REASON);
        pages.waitForVaadin();
        pages.settled();
        pages.screenshot("review-dialog-return");
        assertThat(dialog.getText()).contains("Ctrl+Enter");
        nothingCutOffOrOverlapping();

        // Esc closes it; the reason typed stays for the next time, the focus goes back to the translation
        pages.press(Keys.ESCAPE);
        pages.waiting().until(d -> dialogClosed());
        pages.waiting().until(d -> focusInTarget());
        assertThat(saved(reviewer, Role.REVIEWER, statementId, UnLanguage.FR, 1).status())
                .isEqualTo(SegmentStatus.TRANSLATED);

        pages.press(Keys.ALT, "r");
        openDialog();
        pages.waiting().until(d -> focusInReason());
        assertThat(reasonValue()).isEqualTo(RETURN_REASON);
        pages.press(Keys.CONTROL, Keys.ENTER);
        pages.waiting().until(d -> dialogClosed());
        pages.waiting()
                .until(d -> saved(reviewer, Role.REVIEWER, statementId, UnLanguage.FR, 1)
                                .status()
                        == SegmentStatus.RETURNED);
        assertThat(saved(reviewer, Role.REVIEWER, statementId, UnLanguage.FR, 1).returnReason())
                .isEqualTo(RETURN_REASON);
        pages.waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane .edit-return-reason"))
                        .getText()
                        .equals("Returned: " + RETURN_REASON));
        pages.waiting().until(d -> focusInTarget());

        // Alt+Down to the approved segment 2, Alt+O: the reopen dialog, then Ctrl+Enter
        pages.press(Keys.ALT, Keys.ARROW_DOWN);
        pages.atSegment(2);
        pages.waiting().until(d -> focusInTarget());
        pages.press(Keys.ALT, "o");
        openDialog();
        pages.waiting().until(d -> focusInReason());
        pages.press(REOPEN_REASON);
        pages.waitForVaadin();
        pages.settled();
        pages.screenshot("review-dialog-reopen");
        nothingCutOffOrOverlapping();
        pages.press(Keys.CONTROL, Keys.ENTER);
        pages.waiting().until(d -> dialogClosed());
        pages.waiting()
                .until(d -> saved(reviewer, Role.REVIEWER, statementId, UnLanguage.FR, 2)
                                .status()
                        == SegmentStatus.REVIEWED);
        pages.waiting().until(d -> focusInTarget());
        pages.waiting().until(d -> pages.textarea("edit-target").getDomAttribute("readonly") == null);
        pages.screenshot("review-dialog-reopened");
    }
}
