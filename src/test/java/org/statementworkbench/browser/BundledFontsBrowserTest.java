package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The Arabic and Chinese fonts that ship with the workbench are what the browser draws Arabic and Chinese text with,
 * in the editor grid, the segment editor and the glossary grid. Headless Chromium here has no CJK font at all, so
 * without the bundled font the Chinese text would be empty boxes (the screenshots show it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
class BundledFontsBrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static final String ARABIC_FONT = "Noto Naskh Arabic Variable";
    static final String CHINESE_FONT = "Noto Sans SC Variable";
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    StatementImportService importService;

    @Autowired
    TranslationService translations;

    @Autowired
    GlossaryService glossary;

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

    /** A statement translated into Arabic and Chinese (the demo statement's lines) and a glossary concept. */
    private long statementAndConcept(String tag) {
        TestSignIn.as("fonts-setup", Role.ADMIN);
        try {
            if (!users.adminExists()) {
                users.createUser(new NewUser("fa-" + tag, "Ana Torres", PASSWORD, Set.of(Role.ADMIN), Set.of()));
            }
            users.createUser(new NewUser(
                    "fr-" + tag, "Li Wei", PASSWORD, Set.of(Role.REVIEWER), EnumSet.allOf(UnLanguage.class)));
            users.createUser(
                    new NewUser("fg-" + tag, "Gloria Manager", PASSWORD, Set.of(Role.GLOSSARY_MANAGER), Set.of()));
            long id = importService.importStatement(
                    new NewStatement(
                            "Fonts " + tag,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            UnLanguage.EN,
                            EnumSet.of(UnLanguage.AR, UnLanguage.ZH)),
                    new ImportedDocument(List.of(
                            new ImportedParagraph(List.of(TextRun.plain("THAILAND"))),
                            new ImportedParagraph(List.of(TextRun.bold("The 31st Session of the Commission on Crime "
                                    + "Prevention and Criminal Justice"))))),
                    null);
            TestSignIn.as("fr-" + tag, Role.REVIEWER);
            List<SegmentRow> rows = translations.rows(id, UnLanguage.ZH, SegmentQuery.all(), 0, 10);
            save(rows.get(0), UnLanguage.ZH, "泰国");
            save(rows.get(1), UnLanguage.ZH, "**预防犯罪和刑事司法委员会第三十一届会议**");
            save(rows.get(0), UnLanguage.AR, "تايلند");
            save(rows.get(1), UnLanguage.AR, "**لجنة منع الجريمة والعدالة الجنائية في دورتها الحادية والثلاثين**");
            TestSignIn.as("fg-" + tag, Role.GLOSSARY_MANAGER);
            glossary.create(new ConceptDraft(
                    null,
                    0,
                    "fonts-" + tag,
                    List.of("crime prevention"),
                    null,
                    null,
                    "UNTERM",
                    List.of(
                            term("ar", "لجنة منع الجريمة والعدالة الجنائية"),
                            term("zh", "预防犯罪和刑事司法委员会"),
                            term("en", "Commission on Crime Prevention and Criminal Justice " + tag))));
            return id;
        } finally {
            TestSignIn.out();
        }
    }

    private void save(SegmentRow row, UnLanguage language, String text) {
        translations.save(new SaveTranslation(
                row.segmentId(), language, text, SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));
    }

    private static TermDraft term(String language, String text) {
        return TermDraft.of(language, text, TermType.FULL_FORM, UsageStatus.PREFERRED);
    }

    private WebDriverWait waiting() {
        return HeadlessChromium.waiting(driver);
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The families of the font faces the page has downloaded (FontFace status "loaded"). */
    @SuppressWarnings("unchecked")
    private static List<String> loadedFonts() {
        return (List<String>) script("return [...document.fonts].filter(f => f.status === 'loaded')"
                + ".map(f => f.family.replace(/[\"']/g, ''));");
    }

    /** The first family of the computed font-family of the element. */
    private static String firstFamily(WebElement element) {
        return String.valueOf(script(
                "return getComputedStyle(arguments[0]).fontFamily.split(',')[0]" + ".replace(/[\"']/g, '').trim();",
                element));
    }

    private WebElement gridText(String cssClass, String lang, String text) {
        return waiting()
                .until(d -> d
                        .findElements(By.cssSelector("vaadin-grid-cell-content ." + cssClass + "[lang='" + lang + "']"))
                        .stream()
                        .filter(e -> e.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    private WebElement targetEditorTextarea() {
        return waiting()
                .until(d -> d.findElement(By.cssSelector(".segment-edit-pane segment-editor.edit-target"))
                        .getShadowRoot()
                        .findElement(By.cssSelector("textarea")));
    }

    @Test
    void arabicAndChineseAreDrawnInTheBundledFonts() {
        String tag = "f" + System.nanoTime() % 100000;
        long id = statementAndConcept(tag);
        HeadlessChromium.signIn(driver, port, "fr-" + tag, PASSWORD);

        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=zh");
        WebElement chinese = gridText("segment-text", "zh", "预防犯罪和刑事司法委员会");
        assertThat(firstFamily(chinese)).isEqualTo(CHINESE_FONT);
        assertThat(firstFamily(targetEditorTextarea())).isEqualTo(CHINESE_FONT);
        waiting().until(d -> loadedFonts().contains(CHINESE_FONT));
        HeadlessChromium.screenshot(driver, "fonts-editor-chinese");

        driver.get("http://localhost:" + port + "/statement/" + id + "?lang=ar");
        WebElement arabic = gridText("segment-text", "ar", "لجنة منع الجريمة");
        assertThat(firstFamily(arabic)).isEqualTo(ARABIC_FONT);
        assertThat(firstFamily(targetEditorTextarea())).isEqualTo(ARABIC_FONT);
        waiting().until(d -> loadedFonts().contains(ARABIC_FONT));
        HeadlessChromium.screenshot(driver, "fonts-editor-arabic");

        driver.get("http://localhost:" + port + "/glossary");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.glossary-grid")));
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("k")
                .keyUp(Keys.CONTROL)
                .perform();
        driver.findElement(By.cssSelector(".glossary-search input")).sendKeys("Criminal Justice " + tag);
        assertThat(firstFamily(gridText("glossary-cell", "zh", "预防犯罪和刑事司法委员会"))).isEqualTo(CHINESE_FONT);
        assertThat(firstFamily(gridText("glossary-cell", "ar", "لجنة منع الجريمة")))
                .isEqualTo(ARABIC_FONT);
        HeadlessChromium.screenshot(driver, "fonts-glossary");
        assertThat(loadedFonts()).contains(CHINESE_FONT, ARABIC_FONT);
    }
}
