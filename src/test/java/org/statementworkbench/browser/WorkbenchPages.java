package org.statementworkbench.browser;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.statementworkbench.base.UnLanguage;

/**
 * The workbench's pages as a person in one browser meets them ({@code password} is every test user's): signing in,
 * opening a statement in the editor, the segment editor's text, the grid, the menu, notifications, the glossary
 * search, keyboard chords and screenshots. Every wait asks the browser again until the condition holds (never a
 * fixed pause); an element replaced while it is read (Vaadin re-renders grids, menus and notifications as they
 * change) only means "not yet".
 */
public record WorkbenchPages(WebDriver driver, int port, String password) {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Loads a page of the workbench ({@code path} starts with "/"). */
    public void open(String path) {
        driver.get(url(path));
    }

    /** Waits up to 60 s for a condition, asking again when an element was replaced meanwhile. */
    public WebDriverWait waiting() {
        var wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    // --- signing in ------------------------------------------------------------------------------------------------

    /** Signs in through the login page (cookies of an earlier person dropped) and waits for the main layout. */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        try {
            submitLogin(username, password);
        } catch (TimeoutException e) {
            screenshot("sign-in-timeout");
            throw e;
        }
        By layout = By.cssSelector("vaadin-app-layout");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(layout));
        } catch (TimeoutException e) {
            // An Enter pressed while the login form was still being upgraded is sometimes not taken as a submit
            // (seen once in CI: no request reached the server). Sign in again once if the form is still there.
            screenshot("sign-in-retry");
            if (driver.findElements(By.cssSelector("#vaadinLoginUsername")).isEmpty()) {
                waiting().until(ExpectedConditions.presenceOfElementLocated(layout));
                return;
            }
            open("/login");
            submitLogin(username, password);
            waiting().until(ExpectedConditions.presenceOfElementLocated(layout));
        }
    }

    /** Types a name and password into the login form shown (once it can be typed in) and presses Enter. */
    public void submitLogin(String username, String password) {
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    // --- the editor --------------------------------------------------------------------------------------------------

    /** Opens a statement in the editor in a language and waits for the edit pane's first segment. */
    public void openEditor(long statementId, UnLanguage language) {
        openEditor(statementId, "?lang=" + language.code());
    }

    /** Opens a statement in the editor ({@code query} such as "?lang=ar&segment=2") and waits for the edit pane. */
    public void openEditor(long statementId, String query) {
        open("/statement/" + statementId + query);
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                                .isEmpty()
                        && d.findElement(By.cssSelector(".segment-edit-pane"))
                                .getText()
                                .contains("Segment"));
    }

    /** Signs {@code username} in and opens a statement in the editor at its first segment, ready for editing. */
    public void openEditorAs(String username, long statementId, UnLanguage language) {
        signIn(username);
        openEditor(statementId, language);
        atSegment(1);
    }

    /** Signs {@code username} in and opens a statement in the editor ({@code query} as for openEditor). */
    public void openEditorAs(String username, long statementId, String query) {
        signIn(username);
        openEditor(statementId, query);
    }

    /** Waits until the edit pane shows segment {@code number} ready for editing. */
    public void atSegment(int number) {
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane .edit-state"))
                                .isDisplayed()
                        && d.findElement(By.cssSelector(".segment-edit-pane"))
                                .getText()
                                .contains("Segment " + number + " "));
    }

    /** The segment editor of the edit pane: "edit-target" (the translation) or "edit-source". */
    public WebElement editor(String cssClass) {
        return waiting().until(d -> d.findElement(By.cssSelector(".segment-edit-pane segment-editor." + cssClass)));
    }

    /** The inside of a segment editor (its text, underlines and tooltips). */
    public SearchContext editorInside(String cssClass) {
        return waiting().until(d -> editor(cssClass).getShadowRoot());
    }

    /** The text field of a segment editor of the edit pane. */
    public WebElement textarea(String cssClass) {
        return waiting().until(d -> editor(cssClass).getShadowRoot().findElement(By.cssSelector("textarea")));
    }

    /** The text field of the translation being edited. */
    public WebElement target() {
        return textarea("edit-target");
    }

    /** Clicks into the translation being edited and types {@code text}; the text field. */
    public WebElement typeInTarget(String text) {
        WebElement target = target();
        target.click();
        target.sendKeys(text);
        return target;
    }

    /** The terms of the open "Propose term" dialog's fields, source first. */
    public List<String> proposedTerms() {
        return driver.findElements(By.cssSelector(".propose-term-fields vaadin-text-field")).stream()
                .map(f -> f.getDomProperty("value"))
                .toList();
    }

    /** The text of a segment editor, as the browser has it now. */
    public String value(String cssClass) {
        return textarea(cssClass).getDomProperty("value");
    }

    // --- grids, menu, notifications, dialogs ------------------------------------------------------------------------

    /** Whether a grid cell shown contains {@code text}. */
    public boolean cellShows(String text) {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains(text));
    }

    /** Whether a grid cell shown reads exactly {@code text}. */
    public boolean cellReads(String text) {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals(text));
    }

    /** Waits until a grid cell shown contains {@code text}. */
    public void awaitCell(String text) {
        waiting().until(d -> cellShows(text));
    }

    /** The menu items, top to bottom. */
    public List<String> menu() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /** Clicks a menu item; the menu may be rebuilt meanwhile (an administrator changed the person's account). */
    public void clickMenu(String title) {
        waiting().until(d -> {
            var item = d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                    .filter(e -> e.getText().strip().equals(title))
                    .findFirst();
            item.ifPresent(WebElement::click);
            return item.isPresent();
        });
    }

    /** Whether a notification shown contains every one of {@code parts}. */
    public boolean notificationShows(String... parts) {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream()
                .map(WebElement::getText)
                .anyMatch(text -> Arrays.stream(parts).allMatch(text::contains));
    }

    /** Clicks the shown button labelled {@code text}, once there is one. */
    public void clickButton(String text) {
        waiting()
                .until(d -> d.findElements(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null))
                .click();
    }

    /** Scrolls an element to the middle of the window and clicks it. */
    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Opens the glossary and puts the keyboard in its search field with Ctrl+K; the search field. */
    public WebElement glossarySearch() {
        open("/glossary");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.glossary-grid")));
        press(Keys.CONTROL, "k");
        return driver.findElement(By.cssSelector(".glossary-search input"));
    }

    /** The file field of the upload on the page (inside or beside the vaadin-upload). */
    public WebElement uploadInput() {
        return fileField(waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload"))));
    }

    /**
     * The file field of the upload inside {@code container} (a dialog, say): a dialog closed a moment ago may still be
     * in the page with its own upload, which {@link #uploadInput()} could find first.
     */
    public WebElement uploadInput(WebElement container) {
        return fileField(waiting()
                .until(d -> container.findElements(By.cssSelector("vaadin-upload")).stream()
                        .findFirst()
                        .orElse(null)));
    }

    private WebElement fileField(WebElement upload) {
        return waiting().until(d -> (WebElement) js(
                "return arguments[0].querySelector('input[type=file]')"
                        + " || (arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('input[type=file]'))",
                upload));
    }

    // --- keyboard ----------------------------------------------------------------------------------------------------

    public Actions keys() {
        return new Actions(driver);
    }

    /** {@code actions}, then {@code key} pressed with {@code modifier} held. */
    public static Actions chord(Actions actions, Keys modifier, CharSequence key) {
        return actions.keyDown(modifier).sendKeys(key).keyUp(modifier);
    }

    /** {@code actions}, then {@code key} pressed with two modifiers held. */
    public static Actions chord(Actions actions, Keys modifier, Keys modifier2, CharSequence key) {
        return actions.keyDown(modifier)
                .keyDown(modifier2)
                .sendKeys(key)
                .keyUp(modifier2)
                .keyUp(modifier);
    }

    /** Presses {@code key} with {@code modifier} held. */
    public void press(Keys modifier, CharSequence key) {
        chord(keys(), modifier, key).perform();
    }

    /** Presses {@code key} with two modifiers held. */
    public void press(Keys modifier, Keys modifier2, CharSequence key) {
        chord(keys(), modifier, modifier2, key).perform();
    }

    /** Presses keys with nothing held. */
    public void press(CharSequence... keys) {
        keys().sendKeys(keys).perform();
    }

    // --- the page's script, its server round trips, screenshots ----------------------------------------------------

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The text at {@code href}, fetched by the page (with this browser's session). */
    public String fetchText(String href) {
        return (String) ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
    }

    /** Waits until no Vaadin client of the page has a request to the server under way. */
    public void waitForVaadin() {
        waiting().until(d -> Boolean.TRUE.equals(js("""
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        if (!clients) return document.readyState === 'complete';
                        return Object.values(clients).every(c => !c.isActive || !c.isActive());
                        """)));
    }

    /**
     * Waits until the page is still: no server round trip under way, no animation running (a notification sliding
     * in, a dialog opening), and nothing moved between two looks at it. For screenshots and measurements of layout.
     */
    public void settled() {
        waitForVaadin();
        Object[] last = {null};
        waiting().pollingEvery(Duration.ofMillis(200)).until(d -> {
            Object now = js("""
                            const moving = document.getAnimations().some(a => a.playState === 'running'
                                && a.effect && a.effect.getTiming().iterations !== Infinity);
                            if (moving) return null;
                            const shown = [...document.querySelectorAll('vaadin-notification-card, vaadin-dialog-overlay')]
                                .concat([...document.querySelectorAll('vaadin-grid-cell-content')].slice(0, 60));
                            return shown.map(e => { const r = e.getBoundingClientRect();
                                    return [r.x, r.y, r.width, r.height].join(','); })
                                .join(';') + '|' + document.scrollingElement.scrollTop;
                            """);
            boolean still = now != null && now.equals(last[0]);
            last[0] = now;
            return still;
        });
    }

    /** Saves what the browser shows (its window's size) to target/screenshots/NAME.png. */
    public void screenshot(String name) {
        HeadlessChromium.screenshot((TakesScreenshot) driver, name);
    }

    /** Saves what {@code element} shows (its own box) to target/screenshots/NAME.png. */
    public void screenshot(String name, WebElement element) {
        HeadlessChromium.screenshot(element, name);
    }
}
