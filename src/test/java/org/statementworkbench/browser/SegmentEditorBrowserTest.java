package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The segment editor component on its test page ({@link SegmentEditorTestView}): typing, protected markers,
 * ranges, tooltips, clicks and commands reach Java. Screenshots: target/screenshots/segment-editor-*.png.
 */
class SegmentEditorBrowserTest extends BrowserTest {

    static final String ENGLISH = SegmentEditorTestView.ENGLISH;

    SegmentEditorBrowserTest() {
        super(1366, 860);
    }

    @BeforeEach
    void openTestView() {
        pages.open("/test/segment-editor");
        pages.waiting()
                .until(d -> !d.findElements(By.id("english")).isEmpty()
                        && !shadow("english")
                                .findElements(By.cssSelector("[data-range-id]"))
                                .isEmpty()
                        && !shadow("arabic")
                                .findElements(By.cssSelector("[data-range-id]"))
                                .isEmpty());
    }

    private SearchContext shadow(String editorId) {
        return driver.findElement(By.id(editorId)).getShadowRoot();
    }

    private WebElement textarea(String editorId) {
        return shadow(editorId).findElement(By.cssSelector("textarea"));
    }

    /** The text painted for a range (it may be split into several spans where other ranges or markers cut it). */
    private String rangeText(String editorId, String rangeId) {
        return shadow(editorId).findElements(By.cssSelector("[data-range-id='" + rangeId + "']")).stream()
                .map(e -> e.getDomProperty("textContent"))
                .collect(Collectors.joining());
    }

    /** Focuses the editor's text and puts the caret at a UTF-16 offset, for keys sent to the focused element. */
    private void caretAt(String editorId, int offset) {
        pages.js(
                "const t = arguments[0].shadowRoot.querySelector('textarea'); t.focus(); t.setSelectionRange(arguments[1], arguments[1]);",
                driver.findElement(By.id(editorId)),
                offset);
    }

    private String textOf(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) {
        pages.screenshot("segment-editor-" + name);
    }

    /** The pointer moved to the middle of {@code element} (to perform, or to click there first). */
    private Actions pointerOn(WebElement element) {
        Rectangle r = element.getRect();
        return pages.keys().moveToLocation(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2);
    }

    @Test
    void rangesArePaintedByKindOverTheirText() {
        Map<String, String> expected = Map.of(
                "term-commission",
                "Commission",
                "spell-adopted",
                "adopted",
                "grammar-draft",
                "draft",
                "term-error-resolution",
                "resolution",
                "style-amended",
                "amended");
        expected.forEach(
                (id, text) -> assertThat(rangeText("english", id)).as(id).isEqualTo(text));

        WebElement term = shadow("english").findElement(By.cssSelector("[data-range-id='term-commission']"));
        assertThat(term.getDomAttribute("data-kind")).isEqualTo("term-hit");
        assertThat(term.getDomAttribute("class")).contains("kind-term-hit");
        assertThat(term.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        // spelling, grammar and style differ in line shape as well as colour (not by colour alone)
        Map<String, String> shapes = Map.of(
                "spell-adopted",
                "wavy",
                "grammar-draft",
                "double",
                "term-error-resolution",
                "wavy",
                "style-amended",
                "dotted");
        List<String> underlineColours = shapes.entrySet().stream()
                .map(shape -> {
                    WebElement e =
                            shadow("english").findElement(By.cssSelector("[data-range-id='" + shape.getKey() + "']"));
                    assertThat(e.getCssValue("text-decoration-style"))
                            .as(shape.getKey())
                            .isEqualTo(shape.getValue());
                    return e.getCssValue("text-decoration-color");
                })
                .toList();
        assertThat(underlineColours).doesNotHaveDuplicates();

        // markers are painted as chips; the text under them is the value itself
        assertThat(shadow("english").findElements(By.cssSelector(".marker.bold")))
                .hasSize(2);
        assertThat(shadow("english").findElements(By.cssSelector(".marker.italic")))
                .hasSize(2);
        assertThat(shadow("english").findElements(By.cssSelector(".marker.escape")))
                .hasSize(1);
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
        assertThat(textarea("english").getDomAttribute("aria-label")).isEqualTo("English translation");

        // hovering a range shows its message as a tooltip that describes the text box
        pointerOn(term).perform();
        WebElement tip = shadow("english").findElement(By.cssSelector("[role=tooltip]"));
        pages.waiting().until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("UNTERM: Commission");
        screenshot("ltr");
    }

    @Test
    void typedTextArrivesInJavaAndRangesMoveWithIt() {
        caretAt("english", 0);
        pages.press("Today ");
        pages.waiting().until(d -> textOf("value").startsWith("Today The **Commission**"));
        assertThat(rangeText("english", "term-commission")).isEqualTo("Commission");

        caretAt("english", "Today ".length() + ENGLISH.indexOf("adopted") + 6);
        pages.press("x");
        pages.waiting().until(d -> textOf("value").contains("adoptexd"));
        assertThat(shadow("english").findElements(By.cssSelector("[data-range-id='spell-adopted']")))
                .as("a range whose text was edited is dropped")
                .isEmpty();
        assertThat(rangeText("english", "grammar-draft")).isEqualTo("draft");

        caretAt("english", ENGLISH.length() + 7);
        pages.press(" 5*3");
        textarea("arabic").click(); // blur: sent at once
        pages.waiting().until(d -> textOf("value").endsWith("as amended. 5\\*3"));
    }

    @Test
    void backspaceCannotBreakAMarkerPair() {
        int afterClosingBold = ENGLISH.indexOf("** on") + 2;
        caretAt("english", afterClosingBold);
        pages.press(Keys.BACK_SPACE);
        caretAt("english", ENGLISH.indexOf("*Crime"));
        pages.press(Keys.DELETE);
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
        caretAt("english", afterClosingBold);
        pages.press(Keys.CONTROL, Keys.BACK_SPACE); // a word deletion, checked after the fact
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
        caretAt("english", ENGLISH.indexOf("** on"));
        pages.press(Keys.BACK_SPACE); // the text inside the markers stays editable
        screenshot("markers");
        textarea("arabic").click();
        pages.waiting().until(d -> !textOf("value").isEmpty());
        assertThat(textOf("value")).startsWith("The **Commissio** on *Crime Prevention* adopted");
    }

    @Test
    void clickingARangeReachesJava() {
        WebElement term = shadow("english").findElement(By.cssSelector("[data-range-id='term-commission']"));
        pointerOn(term).click().perform();
        pages.waiting().until(d -> textOf("clicked").equals("term-commission term-hit 6..16"));

        caretAt("english", ENGLISH.indexOf("draft") + 2);
        pages.press(Keys.ENTER);
        pages.waiting().until(d -> textOf("clicked").startsWith("grammar-draft grammar"));
        assertThat(textarea("english").getDomProperty("value"))
                .as("Enter on a range adds no line")
                .isEqualTo(ENGLISH);
    }

    @Test
    void keyboardCommandsReachJavaWithTheLatestText() {
        caretAt("english", ENGLISH.length());
        pages.press("!");
        pages.press(Keys.CONTROL, Keys.ENTER);
        pages.waiting().until(d -> textOf("command").equals("CONFIRM with " + ENGLISH + "!"));
        pages.press(Keys.ALT, Keys.ARROW_DOWN);
        pages.waiting().until(d -> textOf("command").startsWith("NEXT"));
        pages.press(Keys.ALT, Keys.ARROW_UP);
        pages.waiting().until(d -> textOf("command").startsWith("PREVIOUS"));
        pages.press(Keys.CONTROL, Keys.SHIFT, "s");
        pages.waiting().until(d -> textOf("command").startsWith("COPY_SOURCE"));
        pages.press(Keys.ESCAPE);
        pages.waiting().until(d -> textOf("command").startsWith("REVERT"));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH + "!");
    }

    @Test
    void insertAtCursorFromJava() {
        caretAt("english", 4);
        driver.findElement(By.id("insert")).click();
        pages.waiting().until(d -> textOf("value").startsWith("The Commission**Commission**"));
        assertThat(rangeText("english", "term-commission")).isEqualTo("Commission");
    }

    @Test
    void aReplacementAskedByJavaIsTypedTextThatReachesJavaAndCanBeUndone() {
        driver.findElement(By.id("replace")).click();
        String replaced = ENGLISH.replace("adopted", "approved");
        pages.waiting().until(d -> textOf("value").equals(replaced));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(replaced);
        assertThat(rangeText("english", "spell-adopted"))
                .as("the edited range is dropped")
                .isEmpty();
        assertThat(rangeText("english", "style-amended"))
                .as("later ranges move along")
                .isEqualTo("amended");
        pages.press(Keys.CONTROL, "z");
        pages.waiting().until(d -> textOf("value").equals(ENGLISH));
    }

    @Test
    void rangesComputedForAnOlderTextMoveAlongWhatWasTypedSince() {
        caretAt("english", ENGLISH.indexOf("adopted") + 2);
        pages.press("x");
        // a slow check answers for the text before the "x" was typed
        pages.js(
                "arguments[0].rangesValue = arguments[1]; arguments[0].ranges = [{id: 'late', start: 76, end: 83, "
                        + "kind: 'style', message: 'late'}, {id: 'gone', start: 41, end: 48, kind: 'spelling', message: 'x'}, "
                        + "{id: 'before', start: 6, end: 16, kind: 'term-hit', message: 'y'}];",
                driver.findElement(By.id("english")),
                ENGLISH);
        pages.waiting().until(d -> rangeText("english", "late").equals("amended"));
        assertThat(rangeText("english", "before")).isEqualTo("Commission");
        assertThat(rangeText("english", "gone"))
                .as("a range whose words were edited")
                .isEmpty();
    }

    @Test
    void ctrlPeriodAndAltEnterOpenTheRangeAtTheCaret() {
        caretAt("english", ENGLISH.indexOf("adopted") + 3);
        pages.press(Keys.CONTROL, ".");
        pages.waiting().until(d -> textOf("clicked").equals("spell-adopted spelling 41..48"));
        caretAt("english", ENGLISH.indexOf("amended") + 1);
        pages.press(Keys.ALT, Keys.ENTER);
        pages.waiting().until(d -> textOf("clicked").startsWith("style-amended style"));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
    }

    /**
     * The painted mirror and the (transparent) textarea must lay out the text alike: same height, and the
     * textarea's own glyphs, made visible for a screenshot, fall on the painted ones.
     */
    private void assertMirrorMatchesTextarea(String editorId) {
        WebElement editor = driver.findElement(By.id(editorId));
        Object heights = pages.js(
                "const r = arguments[0].shadowRoot; return [r.querySelector('.backdrop').getBoundingClientRect().height,"
                        + " r.querySelector('textarea').getBoundingClientRect().height, r.querySelector('textarea').scrollHeight];",
                editor);
        List<?> h = (List<?>) heights;
        assertThat(((Number) h.get(0)).doubleValue()).as("mirror height").isEqualTo(((Number) h.get(1)).doubleValue());
        assertThat(((Number) h.get(2)).doubleValue())
                .as("no hidden textarea lines")
                .isLessThanOrEqualTo(((Number) h.get(1)).doubleValue());
        pages.js("arguments[0].shadowRoot.querySelector('textarea').style.color = 'rgba(220, 0, 0, 0.55)';", editor);
        pages.screenshot("segment-editor-" + editorId + "-overlay", editor);
        pages.js("arguments[0].shadowRoot.querySelector('textarea').style.color = '';", editor);
    }

    @Test
    void chineseComposedWithAnImeIsTakenAndWraps() {
        var chrome = (ChromeDriver) driver;
        caretAt("arabic", 0);
        pages.js(
                "arguments[0].value = ''; arguments[0].ranges = []; arguments[0].lang = 'zh'; arguments[0].dir = 'ltr';",
                driver.findElement(By.id("arabic")));
        caretAt("arabic", 0);
        String sentence = "预防犯罪和刑事司法委员会第三十一届会议审议了关于加强联合国预防犯罪和刑事司法方案的决议草案，" + "并建议经济及社会理事会通过该决议草案。";
        sentence = sentence.repeat(3); // long enough to wrap even where no CJK font is installed (narrow boxes)
        chrome.executeCdpCommand(
                "Input.imeSetComposition", Map.of("text", "yufang", "selectionStart", 6, "selectionEnd", 6));
        chrome.executeCdpCommand("Input.insertText", Map.of("text", sentence));
        WebElement area = textarea("arabic");
        assertThat(area.getDomProperty("value")).isEqualTo(sentence);
        pages.waiting()
                .until(d -> area.getRect().getHeight() > 60); // wraps onto several lines once the mirror is painted
        assertMirrorMatchesTextarea("arabic");
        screenshot("zh");
    }

    @Test
    void arabicIsRightToLeftWithItsFirstWordHighlightedAtTheRight() {
        WebElement area = textarea("arabic");
        assertThat(area.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(area.getCssValue("direction")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("arabic")).getDomAttribute("lang")).isEqualTo("ar");
        WebElement first = shadow("arabic").findElement(By.cssSelector("[data-range-id='term-committee']"));
        assertThat(first.getDomProperty("textContent")).isEqualTo("لجنة");
        assertThat(first.getDomAttribute("data-kind")).isEqualTo("term-hit");
        Rectangle box = area.getRect();
        Rectangle word = first.getRect();
        int rightGap = box.getX() + box.getWidth() - (word.getX() + word.getWidth());
        assertThat(rightGap)
                .as("first word at the right edge, within the padding")
                .isBetween(0, 20);
        assertMirrorMatchesTextarea("arabic");
        assertMirrorMatchesTextarea("english");
        screenshot("rtl");
        pages.screenshot("segment-editor-rtl-close", driver.findElement(By.id("arabic")));
        pages.screenshot("segment-editor-ltr-close", driver.findElement(By.id("english")));
    }
}
