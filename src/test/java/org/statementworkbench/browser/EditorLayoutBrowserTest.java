package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The editor on a 1366x768 screen, in Arabic: the segment list shows bold and italic as formatting (never the
 * raw markers, never the text as markup, the bold lead-in of an Arabic heading on its right), and the edit
 * pane's target field and main buttons are in view without scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class EditorLayoutBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static final String AGENDA_EN = "Agenda 5 (afternoon session):";
    static final String AGENDA_AR = "البند 5 من جدول الأعمال (جلسة بعد الظهر):";
    static final String INJECTED = "<img src=x onerror=\"document.body.dataset.injected='yes'\"><b>";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    StatementImportService importService;

    @Autowired
    TranslationService translations;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start(1366, 768);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A statement with a bold lead-in, an italic line and a text that looks like markup; Arabic drafts. */
    private long formattedStatement(String translator) {
        try {
            TestSignIn.as("layout-browser-admin", Role.ADMIN);
            if (users.listUsers().stream().noneMatch(u -> u.username().equals("layout-browser-admin"))) {
                users.createUser(
                        new NewUser("layout-browser-admin", "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(new NewUser(
                    translator,
                    "Amina Haddad",
                    PASSWORD,
                    Set.of(Role.TRANSLATOR),
                    Set.of(UnLanguage.AR, UnLanguage.FR)));
            long id = importService.importStatement(
                    new NewStatement(
                            "Statement by Thailand",
                            null,
                            "Commission on Crime Prevention and Criminal Justice",
                            "thirty-first session",
                            "5",
                            null,
                            "Thailand",
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.FR, UnLanguage.RU)),
                    new ImportedDocument(List.of(
                            new ImportedParagraph(List.of(TextRun.plain("Mr. Chair,"))),
                            new ImportedParagraph(List.of(
                                    TextRun.bold(AGENDA_EN),
                                    TextRun.plain(" Thematic discussion on countering cybercrime"))),
                            new ImportedParagraph(List.of(TextRun.italic("Delivered by Mr. Triyarith Temahivong"))),
                            new ImportedParagraph(List.of(
                                    TextRun.plain("Thailand pledges its commitment to tackle " + "cybercrime."))))),
                    null);
            TestSignIn.as(translator, Role.TRANSLATOR);
            var rows = translations.rows(id, UnLanguage.AR, SegmentQuery.all(), 0, 4);
            translations.save(new SaveTranslation(
                    rows.get(1).segmentId(),
                    UnLanguage.AR,
                    "**" + AGENDA_AR + "** مناقشة مواضيعية بشأن مكافحة الجريمة السيبرانية",
                    SegmentStatus.DRAFT,
                    TranslationState.UNSAVED_VERSION));
            translations.save(new SaveTranslation(
                    rows.get(2).segmentId(),
                    UnLanguage.AR,
                    "*ألقى البيان السيد تريياريت تيماهيفونغ*",
                    SegmentStatus.TRANSLATED,
                    TranslationState.UNSAVED_VERSION));
            translations.save(new SaveTranslation(
                    rows.get(3).segmentId(),
                    UnLanguage.FR,
                    INJECTED,
                    SegmentStatus.DRAFT,
                    TranslationState.UNSAVED_VERSION));
            return id;
        } finally {
            TestSignIn.out();
        }
    }

    private void openEditor(String translator, long statementId, String query) {
        HeadlessChromium.signIn(driver, port, translator, PASSWORD);
        driver.get("http://localhost:" + port + "/statement/" + statementId + query);
        waiting()
                .until(d -> !d.findElements(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                                .isEmpty()
                        && d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                                .anyMatch(c -> c.getText().contains("Thematic discussion")));
    }

    /** The formatted element (b/strong or i/em) inside the grid cell whose text contains {@code cellText}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> formatted(String cellText, String tags) {
        return (Map<String, Object>) js("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]));
                if (!cell) return {found: false};
                const text = cell.querySelector('.segment-text') || cell;
                const el = text.querySelector(arguments[1]);
                const box = text.getBoundingClientRect();
                const r = el ? el.getBoundingClientRect() : null;
                return {found: true, cellText: cell.textContent, html: cell.innerHTML,
                    formattedText: el ? el.textContent : null,
                    weight: el ? getComputedStyle(el).fontWeight : null,
                    style: el ? getComputedStyle(el).fontStyle : null,
                    boxLeft: box.left, boxRight: box.right,
                    left: r ? r.left : null, right: r ? r.right : null};
                """, cellText, tags);
    }

    @Test
    void theSegmentListShowsBoldAndItalicAsFormattingAlsoInArabic() {
        String translator = "layout-ar-" + System.nanoTime();
        long id = formattedStatement(translator);
        openEditor(translator, id, "?lang=ar&segment=2");

        HeadlessChromium.screenshot(driver, "editor-grid-formatting-arabic-1366x768");
        Map<String, Object> english = formatted("Thematic discussion", "b, strong");
        assertThat((String) english.get("cellText")).doesNotContain("*");
        assertThat(english.get("formattedText")).as(english.toString()).isEqualTo(AGENDA_EN);
        assertThat(Integer.parseInt((String) english.get("weight"))).isGreaterThanOrEqualTo(600);

        Map<String, Object> arabic = formatted("مناقشة مواضيعية", "b, strong");
        assertThat((String) arabic.get("cellText")).doesNotContain("*");
        assertThat(arabic.get("formattedText")).as(arabic.toString()).isEqualTo(AGENDA_AR);
        // right to left: the bold lead-in starts the line at the right edge, the rest follows to its left
        assertThat(((Number) arabic.get("right")).doubleValue())
                .isCloseTo(((Number) arabic.get("boxRight")).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(((Number) arabic.get("left")).doubleValue())
                .isGreaterThan(((Number) arabic.get("boxLeft")).doubleValue() + 20);

        Map<String, Object> italic = formatted("ألقى البيان", "i, em");
        assertThat((String) italic.get("cellText")).doesNotContain("*");
        assertThat(italic.get("style")).as(italic.toString()).isEqualTo("italic");
        assertThat(formatted("Delivered by", "i, em").get("style")).isEqualTo("italic");

        // text that looks like markup stays text: shown as typed, nothing of it runs
        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=fr&segment=4");
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().contains("<img src=x")));
        assertThat(js("return document.querySelector('vaadin-grid-cell-content img') === null"
                        + " && document.body.dataset.injected === undefined"))
                .isEqualTo(true);
    }

    @Test
    void atLaptopSizeTheTargetFieldAndMainButtonsAreInViewWithoutScrolling() {
        String translator = "layout-fit-" + System.nanoTime();
        long id = formattedStatement(translator);
        openEditor(translator, id, "?lang=ar&segment=2");
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane"))
                        .getText()
                        .contains("Segment 2"));

        // a 1366x768 window: headless Chromium, like a real browser, leaves the page less (1366x625)
        HeadlessChromium.screenshot(driver, "editor-1366x768-arabic");
        for (String selector : List.of(
                ".segment-edit-pane segment-editor.edit-target",
                ".segment-edit-pane vaadin-button[theme~='primary']")) {
            assertInView(selector);
        }
        assertInViewByText("Save draft");
        assertInViewByText("Copy source");
        assertInViewByText("Revert");
    }

    @Test
    void tickingAllLanguagesKeepsTheOpenSegmentInViewWithEveryLanguagesStatus() throws Exception {
        String translator = "layout-all-" + System.nanoTime();
        formattedStatement(translator);
        String demo;
        try (var in = getClass().getResourceAsStream("/demo/thailand-ccpcj31-cybercrime.en.txt")) {
            demo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        long id;
        try {
            TestSignIn.as("layout-browser-admin", Role.ADMIN);
            id = importService.importStatement(
                    new NewStatement(
                            "Statement by Thailand (full)",
                            null,
                            null,
                            null,
                            null,
                            null,
                            "Thailand",
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.FR, UnLanguage.RU, UnLanguage.ES)),
                    importService.readPasted(demo),
                    null);
        } finally {
            TestSignIn.out();
        }
        HeadlessChromium.signIn(driver, port, translator, PASSWORD);
        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=ar&segment=14");
        waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane"))
                        .getText()
                        .contains("Segment 14"));
        String source = (String)
                js("return document.querySelector('.segment-edit-pane segment-editor.edit-source')" + ".value");
        String snippet = source.replace("*", "").substring(0, Math.min(30, source.length()));

        driver.findElement(By.xpath("//vaadin-checkbox[contains(., 'All languages')]"))
                .click();
        waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content .statuses"))
                                .size()
                        > 0);
        Thread.sleep(1000);
        assertThat(driver.findElement(By.cssSelector(".segment-edit-pane")).getText())
                .contains("Segment 14");
        // the open segment's row is still the one in view, and its status line names every target language
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) js("""
                const grid = document.querySelector('vaadin-grid').getBoundingClientRect();
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]));
                if (!cell) return {found: false};
                const r = cell.getBoundingClientRect();
                return {found: true, top: r.top, bottom: r.bottom, gridTop: grid.top + 30, gridBottom: grid.bottom,
                    visible: r.bottom > grid.top + 30 && r.top < grid.bottom};
                """, snippet);
        assertThat(row.get("visible")).as("segment 14 in view: " + row).isEqualTo(true);
        assertThat(driver.findElements(By.cssSelector("vaadin-grid-cell-content .statuses"))
                        .getFirst()
                        .getText())
                .contains("AR", "ZH", "FR", "RU", "ES");
        HeadlessChromium.screenshot(driver, "editor-all-languages-1366x768");
    }

    private void assertInView(String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js("""
                const el = document.querySelector(arguments[0]);
                const r = el.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + Math.min(r.height / 2, 12);
                const hit = document.elementFromPoint(x, y);
                return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                    viewport: innerWidth + 'x' + innerHeight,
                    inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
                    visible: hit !== null && (el === hit || el.contains(hit) || (hit.shadowRoot === null
                        && el.shadowRoot !== null && el.shadowRoot.contains(hit)))};
                """, selector);
        assertThat(seen.get("inside"))
                .as(selector + " within the viewport of a 1366x768 window: " + seen)
                .isEqualTo(true);
        assertThat(seen.get("visible"))
                .as(selector + " not covered or scrolled away: " + seen)
                .isEqualTo(true);
    }

    private void assertInViewByText(String label) {
        Object index = js("""
                const all = [...document.querySelectorAll('.segment-edit-pane vaadin-button')];
                // the button's own text (a tooltip is a child element with text of its own)
                const own = b => [...b.childNodes].filter(n => n.nodeType === Node.TEXT_NODE)
                    .map(n => n.textContent).join('').trim();
                const b = all.find(b => own(b) === arguments[0]);
                if (!b) return -1;
                b.setAttribute('data-probe', arguments[0]);
                return 0;""", label);
        assertThat(index).as(label + " button").isEqualTo(0L);
        assertInView(".segment-edit-pane vaadin-button[data-probe='" + label + "']");
    }
}
