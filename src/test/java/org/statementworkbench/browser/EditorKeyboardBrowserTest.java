package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.browser.SdgGoals.GOAL_1_AR;
import static org.statementworkbench.browser.SdgGoals.GOAL_1_FR;
import static org.statementworkbench.browser.SdgGoals.GOAL_3_FR;
import static org.statementworkbench.browser.SdgGoals.GOAL_5_AR;
import static org.statementworkbench.browser.SdgGoals.GOAL_5_FR;
import static org.statementworkbench.browser.WorkbenchPages.chord;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * The segment editor at the keyboard, in French and Arabic (SDG goals 1, 5 and 3 from English): Esc reverts
 * undoably, every key that saves or acts on the text sends the last keystrokes first, a click in an underlined word
 * puts the caret there and typing goes on, and the read-only source is selected with the keyboard for Alt+T.
 * Screenshots: target/screenshots/keyboard-*.png.
 */
class EditorKeyboardBrowserTest extends BrowserTest {

    EditorKeyboardBrowserTest() {
        super(1366, 768);
    }

    /** A translator into Arabic and French, a French reviewer, and a statement of three SDG goals in English. */
    record Setup(String translator, String reviewer, long statementId) {}

    private Setup statement() {
        String tag = uniqueTag("k");
        String translator =
                user("kb-tr-" + tag, "Amina Haddad", Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.AR, UnLanguage.FR));
        String reviewer = user("kb-rv-" + tag, "Claire Dubois", Set.of(Role.REVIEWER), EnumSet.of(UnLanguage.FR));
        return new Setup(translator, reviewer, sdgGoalsStatement(tag));
    }

    /** [selectionStart, selectionEnd] of an editor's text, and whether the keyboard focus is in it. */
    private List<?> caret(String cssClass) {
        return (List<?>) pages.js(
                "const host = arguments[0]; const t = host.shadowRoot.querySelector('textarea');"
                        + "return [t.selectionStart, t.selectionEnd, document.activeElement === host"
                        + " && host.shadowRoot.activeElement === t];",
                pages.editor(cssClass));
    }

    private String selected(String cssClass) {
        List<?> c = caret(cssClass);
        return pages.value(cssClass).substring(((Number) c.get(0)).intValue(), ((Number) c.get(1)).intValue());
    }

    private boolean focused(String cssClass) {
        return Boolean.TRUE.equals(caret(cssClass).get(2));
    }

    private TranslationState saved(Setup s, UnLanguage language, int number) {
        return saved(s.translator(), Role.TRANSLATOR, s.statementId(), language, number);
    }

    private void save(Setup s, UnLanguage language, int number, String text) {
        save(s.translator(), Role.TRANSLATOR, s.statementId(), language, number, text, SegmentStatus.DRAFT);
    }

    private Actions keys() {
        return pages.keys();
    }

    /** From the start of the focused text: the caret {@code skip} characters on, then {@code length} selected. */
    private void selectFromStart(int skip, int length) {
        keys().sendKeys(Keys.HOME)
                .sendKeys(times(skip, Keys.ARROW_RIGHT))
                .keyDown(Keys.SHIFT)
                .sendKeys(times(length, Keys.ARROW_RIGHT))
                .keyUp(Keys.SHIFT)
                .perform();
    }

    private static CharSequence[] times(int n, Keys key) {
        CharSequence[] keys = new CharSequence[n];
        Arrays.fill(keys, key);
        return keys;
    }

    /**
     * Opening a statement by its address (a full page load: a bookmark, a link in a notification, a reload) puts the
     * caret in the target text, so typing and Ctrl+Enter work at once. Flow moves the page into place after the first
     * render, which used to take the focus away again.
     */
    @Test
    void openingBySegmentAddressPutsTheCaretInTheTarget() {
        Setup s = statement();
        save(s, UnLanguage.FR, 2, "Parvenir à l’égalité des sexes");
        pages.openEditorAs(s.translator(), s.statementId(), "?lang=fr&segment=2");
        pages.atSegment(2);
        pages.waiting().until(d -> focused("edit-target"));
        keys().sendKeys(Keys.END)
                .sendKeys(" et autonomiser toutes les femmes et les filles")
                .perform();
        pages.waiting().until(d -> pages.value("edit-target").equals(GOAL_5_FR));
        pages.press(Keys.CONTROL, Keys.ENTER);
        pages.waiting().until(d -> saved(s, UnLanguage.FR, 2).status() == SegmentStatus.TRANSLATED);
        assertThat(saved(s, UnLanguage.FR, 2).text()).isEqualTo(GOAL_5_FR);
    }

    @Test
    void escRevertsTheUnsavedArabicEditAndCtrlZBringsItBack() {
        Setup s = statement();
        save(s, UnLanguage.AR, 1, "القضاء على الفقر");
        pages.openEditorAs(s.translator(), s.statementId(), UnLanguage.AR);
        pages.waiting().until(d -> pages.value("edit-target").equals("القضاء على الفقر"));
        assertThat(pages.textarea("edit-target").getDomAttribute("dir")).isEqualTo("rtl");
        keys().click(pages.textarea("edit-target"))
                .sendKeys(Keys.END)
                .sendKeys(" بجميع أشكاله في كل مكان")
                .perform();
        assertThat(pages.value("edit-target")).isEqualTo(GOAL_1_AR);

        keys().sendKeys(Keys.ESCAPE).perform();
        pages.waiting().until(d -> pages.value("edit-target").equals("القضاء على الفقر"));
        assertThat(focused("edit-target")).as("still typing in the text").isTrue();
        pages.press(Keys.CONTROL, "z");
        pages.waiting().until(d -> pages.value("edit-target").equals(GOAL_1_AR));

        // again: the editor says how to get the text back
        keys().sendKeys(Keys.ESCAPE).perform();
        pages.waiting().until(d -> pages.value("edit-target").equals("القضاء على الفقر"));
        pages.waiting().until(d -> pages.notificationShows("Ctrl+Z"));
        pages.screenshot("keyboard-esc-reverted");
        pages.press(Keys.CONTROL, "z");
        pages.waiting().until(d -> pages.value("edit-target").equals(GOAL_1_AR));
        // the text brought back reaches the server like typed text: moving on keeps it as the draft
        pages.press(Keys.ALT, Keys.ARROW_DOWN);
        pages.atSegment(2);
        pages.waiting().until(d -> saved(s, UnLanguage.AR, 1).text().equals(GOAL_1_AR));
    }

    @Test
    void everyKeyThatSavesOrMovesSendsTheLastKeystrokesFirst() {
        Setup s = statement();
        pages.openEditorAs(s.translator(), s.statementId(), UnLanguage.FR);
        String start = "Éliminer la pauvreté sous toutes ses formes";
        // each key follows the last keystroke at once, well within the editor's 300 ms pause
        chord(keys().click(pages.textarea("edit-target")).sendKeys(start), Keys.CONTROL, Keys.ENTER)
                .perform();
        pages.atSegment(2);
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(start);
        assertThat(saved(s, UnLanguage.FR, 1).status()).isEqualTo(SegmentStatus.TRANSLATED);

        chord(keys().sendKeys(GOAL_5_FR), Keys.ALT, Keys.ARROW_DOWN).perform();
        pages.atSegment(3);
        assertThat(saved(s, UnLanguage.FR, 2).text()).isEqualTo(GOAL_5_FR);

        chord(keys().sendKeys(GOAL_3_FR), Keys.ALT, Keys.ARROW_UP).perform();
        pages.atSegment(2);
        assertThat(saved(s, UnLanguage.FR, 3).text()).isEqualTo(GOAL_3_FR);

        // a reviewer completes segment 1 and approves it at once (their own text: four eyes is off for this)
        fourEyesOff(s.statementId());
        pages.openEditorAs(s.reviewer(), s.statementId(), UnLanguage.FR);
        pages.waiting().until(d -> pages.value("edit-target").equals(start));
        chord(
                        keys().click(pages.textarea("edit-target"))
                                .sendKeys(Keys.END)
                                .sendKeys(" et partout dans le monde"),
                        Keys.CONTROL,
                        Keys.SHIFT,
                        "a")
                .perform();
        pages.atSegment(2);
        assertThat(saved(s, UnLanguage.FR, 1).text()).isEqualTo(GOAL_1_FR);
        assertThat(saved(s, UnLanguage.FR, 1).status()).isEqualTo(SegmentStatus.APPROVED);

        // Alt+T proposes the words just typed and selected, not what the server had a moment before
        chord(
                        keys().click(pages.textarea("edit-target"))
                                .keyDown(Keys.CONTROL)
                                .sendKeys("a")
                                .keyUp(Keys.CONTROL)
                                .sendKeys("égalité des sexes")
                                .keyDown(Keys.SHIFT)
                                .sendKeys(Keys.HOME)
                                .keyUp(Keys.SHIFT),
                        Keys.ALT,
                        "t")
                .perform();
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".propose-term-fields vaadin-text-field"))
                        .isEmpty());
        assertThat(pages.proposedTerms()).contains("égalité des sexes");
        keys().sendKeys(Keys.ESCAPE).perform();
    }

    /** Clicks the middle of the LanguageTool underline over {@code word}; returns the offsets of the word. */
    private int[] clickInto(String word) {
        WebElement range = pages.waiting()
                .withTimeout(Duration.ofSeconds(90))
                .until(
                        d -> pages
                                .editor("edit-target")
                                .getShadowRoot()
                                .findElements(By.cssSelector("[data-range-id^='lt:']"))
                                .stream()
                                .filter(r -> word.equals(r.getDomProperty("textContent")))
                                .findFirst()
                                .orElse(null));
        int start = pages.value("edit-target").indexOf(word);
        Rectangle r = range.getRect();
        keys().moveToLocation(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2)
                .click()
                .perform();
        return new int[] {start, start + word.length()};
    }

    private WebElement popover() {
        return driver.findElement(By.cssSelector("vaadin-popover.lt-popover"));
    }

    private boolean popoverOpen() {
        return Boolean.TRUE.equals(pages.js("return arguments[0].opened", popover()));
    }

    private boolean focusInPopover() {
        return Boolean.TRUE.equals(
                pages.js("return !!document.activeElement && !!document.activeElement.closest(" + "'vaadin-popover')"));
    }

    /** The caret after a click on a word: inside it, nothing selected, the focus in the text. */
    private int caretInside(int[] word) {
        List<?> c = caret("edit-target");
        int caret = ((Number) c.get(0)).intValue();
        assertThat(c.get(1)).as("nothing selected").isEqualTo(c.get(0));
        assertThat(caret).as("caret inside the word").isStrictlyBetween(word[0], word[1]);
        assertThat(c.get(2)).as("the focus stays in the text").isEqualTo(Boolean.TRUE);
        return caret;
    }

    @Test
    void aClickInAnUnderlinedWordPutsTheCaretThereInFrenchAndArabic() {
        Setup s = statement();
        pages.openEditorAs(s.translator(), s.statementId(), UnLanguage.FR);
        String misspelt = GOAL_1_FR.replace("formes", "fomres");
        keys().click(pages.textarea("edit-target")).sendKeys(misspelt).perform();
        int[] word = clickInto("fomres");
        int caret = caretInside(word);
        pages.waiting().until(d -> popoverOpen());
        pages.screenshot("keyboard-click-in-underline-fr");
        caretInside(word); // the popover that opened took neither the focus nor the caret

        // Ctrl+. opens it for the keyboard; Esc goes back to the text with the caret where it was
        pages.press(Keys.CONTROL, ".");
        pages.waiting().until(d -> focusInPopover());
        keys().sendKeys(Keys.ESCAPE).perform();
        pages.waiting().until(d -> focused("edit-target") && !popoverOpen());
        assertThat(caretInside(word)).isEqualTo(caret);
        // opened by a click again, Esc in the text closes it and reverts nothing
        assertThat(clickInto("fomres")).isEqualTo(word);
        pages.waiting().until(d -> popoverOpen());
        assertThat(caretInside(word)).isEqualTo(caret);
        keys().sendKeys(Keys.ESCAPE).perform();
        pages.waiting().until(d -> !popoverOpen());
        assertThat(pages.value("edit-target")).isEqualTo(misspelt);
        keys().sendKeys("X").perform();
        assertThat(pages.value("edit-target"))
                .isEqualTo(misspelt.substring(0, caret) + "X" + misspelt.substring(caret));

        // Arabic, right to left: segment 2
        pages.open("/statement/" + s.statementId() + "?lang=ar&segment=2");
        pages.atSegment(2);
        String misspeltAr = GOAL_5_AR.replace("المساواة", "المساوات");
        keys().click(pages.textarea("edit-target")).sendKeys(misspeltAr).perform();
        assertThat(pages.textarea("edit-target").getCssValue("direction")).isEqualTo("rtl");
        int[] wordAr = clickInto("المساوات");
        int caretAr = caretInside(wordAr);
        pages.waiting().until(d -> popoverOpen());
        pages.screenshot("keyboard-click-in-underline-ar");
        keys().sendKeys("ا").perform();
        assertThat(pages.value("edit-target"))
                .isEqualTo(misspeltAr.substring(0, caretAr) + "ا" + misspeltAr.substring(caretAr));
    }

    @Test
    void theReadOnlySourceIsSelectedWithTheKeyboardAndProposedWithAltT() {
        Setup s = statement();
        pages.openEditorAs(s.translator(), s.statementId(), UnLanguage.FR);
        chord(keys().click(pages.textarea("edit-target")), Keys.ALT, Keys.ARROW_DOWN)
                .perform();
        pages.atSegment(2);
        keys().click(pages.textarea("edit-target")).sendKeys(GOAL_5_FR).perform();

        // Shift+Tab reaches the source; Shift+End and Shift+Home select in it
        pages.press(Keys.SHIFT, Keys.TAB);
        pages.waiting().until(d -> focused("edit-source"));
        keys().sendKeys(Keys.HOME)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.END)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(selected("edit-source")).isEqualTo("Achieve gender equality and empower all women and girls");

        // Alt+S goes back and forth; arrows move a caret in the source, Shift+arrows select
        pages.press(Keys.ALT, "s");
        pages.waiting().until(d -> focused("edit-target"));
        pages.press(Keys.ALT, "s");
        pages.waiting().until(d -> focused("edit-source"));
        selectFromStart(8, 15);
        assertThat(selected("edit-source")).isEqualTo("gender equality");
        pages.screenshot("keyboard-source-selected");
        keys().sendKeys("x").sendKeys(Keys.BACK_SPACE).perform();
        assertThat(pages.value("edit-source"))
                .as("read only")
                .isEqualTo("Achieve gender equality and empower all women " + "and girls");

        pages.press(Keys.ALT, "s");
        pages.waiting().until(d -> focused("edit-target"));
        selectFromStart(13, 17);
        assertThat(selected("edit-target")).isEqualTo("égalité des sexes");
        pages.press(Keys.ALT, "t");
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".propose-term-fields vaadin-text-field"))
                                .size()
                        == 2);
        assertThat(pages.proposedTerms()).containsExactly("gender equality", "égalité des sexes");
        pages.screenshot("keyboard-source-proposal");
        keys().sendKeys(Keys.ESCAPE).perform();
    }
}
