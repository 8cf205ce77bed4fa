package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.browser.HeadlessChromium;

/**
 * The segment editor in headless Chromium against the production bundle (same Spring context as
 * SignInBrowserTest): typing, protected markers, ranges, tooltips, clicks and commands reach Java. Screenshots:
 * target/screenshots/segment-editor-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class SegmentEditorBrowserTest {

    static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
    static final String ENGLISH = SegmentEditorTestView.ENGLISH;

    static WebDriver driver;

    @LocalServerPort
    int port;

    WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1366, 860);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openTestView() {
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://localhost:" + port + "/test/segment-editor");
        wait.until(d -> !d.findElements(By.id("english")).isEmpty()
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

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Focuses the editor's text and puts the caret at a UTF-16 offset, for keys sent to the focused element. */
    private void caretAt(String editorId, int offset) {
        js(
                "const t = arguments[0].shadowRoot.querySelector('textarea'); t.focus(); t.setSelectionRange(arguments[1], arguments[1]);",
                driver.findElement(By.id(editorId)),
                offset);
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses a key with modifiers held (Actions.sendKeys would release a modifier right after pressing it). */
    private void chord(Keys modifier, Keys modifier2, CharSequence key) {
        var actions = new Actions(driver).keyDown(modifier);
        if (modifier2 != null) {
            actions = actions.keyDown(modifier2);
        }
        actions = actions.sendKeys(key);
        if (modifier2 != null) {
            actions = actions.keyUp(modifier2);
        }
        actions.keyUp(modifier).perform();
    }

    private String textOf(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private void screenshot(String name) throws IOException {
        Files.write(
                SCREENSHOTS.resolve("segment-editor-" + name + ".png"),
                driver.findElement(By.tagName("body")).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void rangesArePaintedByKindOverTheirText() throws IOException {
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
        Rectangle r = term.getRect();
        new Actions(driver)
                .moveToLocation(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2)
                .perform();
        WebElement tip = shadow("english").findElement(By.cssSelector("[role=tooltip]"));
        wait.until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("UNTERM: Commission");
        screenshot("ltr");
    }

    @Test
    void typedTextArrivesInJavaAndRangesMoveWithIt() {
        caretAt("english", 0);
        keys("Today ");
        wait.until(d -> textOf("value").startsWith("Today The **Commission**"));
        assertThat(rangeText("english", "term-commission")).isEqualTo("Commission");

        caretAt("english", "Today ".length() + ENGLISH.indexOf("adopted") + 6);
        keys("x");
        wait.until(d -> textOf("value").contains("adoptexd"));
        assertThat(shadow("english").findElements(By.cssSelector("[data-range-id='spell-adopted']")))
                .as("a range whose text was edited is dropped")
                .isEmpty();
        assertThat(rangeText("english", "grammar-draft")).isEqualTo("draft");

        caretAt("english", ENGLISH.length() + 7);
        keys(" 5*3");
        textarea("arabic").click(); // blur: sent at once
        wait.until(d -> textOf("value").endsWith("as amended. 5\\*3"));
    }

    @Test
    void backspaceCannotBreakAMarkerPair() throws IOException {
        int afterClosingBold = ENGLISH.indexOf("** on") + 2;
        caretAt("english", afterClosingBold);
        keys(Keys.BACK_SPACE);
        caretAt("english", ENGLISH.indexOf("*Crime"));
        keys(Keys.DELETE);
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
        caretAt("english", afterClosingBold);
        chord(Keys.CONTROL, null, Keys.BACK_SPACE); // a word deletion, checked after the fact
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
        caretAt("english", ENGLISH.indexOf("** on"));
        keys(Keys.BACK_SPACE); // the text inside the markers stays editable
        screenshot("markers");
        textarea("arabic").click();
        wait.until(d -> !textOf("value").isEmpty());
        assertThat(textOf("value")).startsWith("The **Commissio** on *Crime Prevention* adopted");
    }

    @Test
    void clickingARangeReachesJava() {
        WebElement term = shadow("english").findElement(By.cssSelector("[data-range-id='term-commission']"));
        Rectangle r = term.getRect();
        new Actions(driver)
                .moveToLocation(r.getX() + r.getWidth() / 2, r.getY() + r.getHeight() / 2)
                .click()
                .perform();
        wait.until(d -> textOf("clicked").equals("term-commission term-hit 6..16"));

        caretAt("english", ENGLISH.indexOf("draft") + 2);
        keys(Keys.ENTER);
        wait.until(d -> textOf("clicked").startsWith("grammar-draft grammar"));
        assertThat(textarea("english").getDomProperty("value"))
                .as("Enter on a range adds no line")
                .isEqualTo(ENGLISH);
    }

    @Test
    void keyboardCommandsReachJavaWithTheLatestText() {
        caretAt("english", ENGLISH.length());
        keys("!");
        chord(Keys.CONTROL, null, Keys.ENTER);
        wait.until(d -> textOf("command").equals("CONFIRM with " + ENGLISH + "!"));
        chord(Keys.ALT, null, Keys.ARROW_DOWN);
        wait.until(d -> textOf("command").startsWith("NEXT"));
        chord(Keys.ALT, null, Keys.ARROW_UP);
        wait.until(d -> textOf("command").startsWith("PREVIOUS"));
        chord(Keys.CONTROL, Keys.SHIFT, "s");
        wait.until(d -> textOf("command").startsWith("COPY_SOURCE"));
        keys(Keys.ESCAPE);
        wait.until(d -> textOf("command").startsWith("REVERT"));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH + "!");
    }

    @Test
    void insertAtCursorFromJava() {
        caretAt("english", 4);
        driver.findElement(By.id("insert")).click();
        wait.until(d -> textOf("value").startsWith("The Commission**Commission**"));
        assertThat(rangeText("english", "term-commission")).isEqualTo("Commission");
    }

    @Test
    void aReplacementAskedByJavaIsTypedTextThatReachesJavaAndCanBeUndone() {
        driver.findElement(By.id("replace")).click();
        String replaced = ENGLISH.replace("adopted", "approved");
        wait.until(d -> textOf("value").equals(replaced));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(replaced);
        assertThat(rangeText("english", "spell-adopted"))
                .as("the edited range is dropped")
                .isEmpty();
        assertThat(rangeText("english", "style-amended"))
                .as("later ranges move along")
                .isEqualTo("amended");
        chord(Keys.CONTROL, null, "z");
        wait.until(d -> textOf("value").equals(ENGLISH));
    }

    @Test
    void rangesComputedForAnOlderTextMoveAlongWhatWasTypedSince() {
        caretAt("english", ENGLISH.indexOf("adopted") + 2);
        keys("x");
        // a slow check answers for the text before the "x" was typed
        js(
                "arguments[0].rangesValue = arguments[1]; arguments[0].ranges = [{id: 'late', start: 76, end: 83, "
                        + "kind: 'style', message: 'late'}, {id: 'gone', start: 41, end: 48, kind: 'spelling', message: 'x'}, "
                        + "{id: 'before', start: 6, end: 16, kind: 'term-hit', message: 'y'}];",
                driver.findElement(By.id("english")),
                ENGLISH);
        wait.until(d -> rangeText("english", "late").equals("amended"));
        assertThat(rangeText("english", "before")).isEqualTo("Commission");
        assertThat(rangeText("english", "gone"))
                .as("a range whose words were edited")
                .isEmpty();
    }

    @Test
    void ctrlPeriodAndAltEnterOpenTheRangeAtTheCaret() {
        caretAt("english", ENGLISH.indexOf("adopted") + 3);
        chord(Keys.CONTROL, null, ".");
        wait.until(d -> textOf("clicked").equals("spell-adopted spelling 41..48"));
        caretAt("english", ENGLISH.indexOf("amended") + 1);
        chord(Keys.ALT, null, Keys.ENTER);
        wait.until(d -> textOf("clicked").startsWith("style-amended style"));
        assertThat(textarea("english").getDomProperty("value")).isEqualTo(ENGLISH);
    }

    /**
     * The painted mirror and the (transparent) textarea must lay out the text alike: same height, and the
     * textarea's own glyphs, made visible for a screenshot, fall on the painted ones.
     */
    private void assertMirrorMatchesTextarea(String editorId) throws IOException {
        WebElement editor = driver.findElement(By.id(editorId));
        Object heights = js(
                "const r = arguments[0].shadowRoot; return [r.querySelector('.backdrop').getBoundingClientRect().height,"
                        + " r.querySelector('textarea').getBoundingClientRect().height, r.querySelector('textarea').scrollHeight];",
                editor);
        List<?> h = (List<?>) heights;
        assertThat(((Number) h.get(0)).doubleValue()).as("mirror height").isEqualTo(((Number) h.get(1)).doubleValue());
        assertThat(((Number) h.get(2)).doubleValue())
                .as("no hidden textarea lines")
                .isLessThanOrEqualTo(((Number) h.get(1)).doubleValue());
        js("arguments[0].shadowRoot.querySelector('textarea').style.color = 'rgba(220, 0, 0, 0.55)';", editor);
        Files.write(
                SCREENSHOTS.resolve("segment-editor-" + editorId + "-overlay.png"),
                editor.getScreenshotAs(OutputType.BYTES));
        js("arguments[0].shadowRoot.querySelector('textarea').style.color = '';", editor);
    }

    @Test
    void chineseComposedWithAnImeIsTakenAndWraps() throws IOException {
        var chrome = (ChromeDriver) driver;
        caretAt("arabic", 0);
        js(
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
        wait.until(d -> area.getRect().getHeight() > 60); // wraps onto several lines once the mirror is painted
        assertMirrorMatchesTextarea("arabic");
        screenshot("zh");
    }

    @Test
    void arabicIsRightToLeftWithItsFirstWordHighlightedAtTheRight() throws IOException {
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
        Files.write(
                SCREENSHOTS.resolve("segment-editor-rtl-close.png"),
                driver.findElement(By.id("arabic")).getScreenshotAs(OutputType.BYTES));
        Files.write(
                SCREENSHOTS.resolve("segment-editor-ltr-close.png"),
                driver.findElement(By.id("english")).getScreenshotAs(OutputType.BYTES));
    }
}
