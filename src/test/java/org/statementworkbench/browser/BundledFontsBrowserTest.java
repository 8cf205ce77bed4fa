package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The Arabic and Chinese fonts that ship with the workbench are what the browser draws Arabic and Chinese text with,
 * in the editor grid, the segment editor and the glossary grid. Headless Chromium here has no CJK font at all, so
 * without the bundled font the Chinese text would be empty boxes (the screenshots show it).
 */
class BundledFontsBrowserTest extends BrowserTest {

    static final String ARABIC_FONT = "Noto Naskh Arabic Variable";
    static final String CHINESE_FONT = "Noto Sans SC Variable";

    @Autowired
    GlossaryService glossary;

    BundledFontsBrowserTest() {
        super(1366, 768);
    }

    /** A statement translated into Arabic and Chinese (the demo statement's lines) and a glossary concept. */
    private long statementAndConcept(String tag) {
        user("fr-" + tag, "Li Wei", Set.of(Role.REVIEWER), EnumSet.allOf(UnLanguage.class));
        user("fg-" + tag, "Gloria Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
        long id = importStatement(
                new NewStatement("Fonts " + tag, UnLanguage.EN, EnumSet.of(UnLanguage.AR, UnLanguage.ZH)),
                new ImportedDocument(List.of(
                        new ImportedParagraph(List.of(TextRun.plain("THAILAND"))),
                        new ImportedParagraph(List.of(TextRun.bold("The 31st Session of the Commission on Crime "
                                + "Prevention and Criminal Justice"))))));
        save(tag, id, UnLanguage.ZH, 1, "泰国");
        save(tag, id, UnLanguage.ZH, 2, "**预防犯罪和刑事司法委员会第三十一届会议**");
        save(tag, id, UnLanguage.AR, 1, "تايلند");
        save(tag, id, UnLanguage.AR, 2, "**لجنة منع الجريمة والعدالة الجنائية في دورتها الحادية والثلاثين**");
        as(
                "fg-" + tag,
                Role.GLOSSARY_MANAGER,
                () -> glossary.create(new ConceptDraft(
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
                                term("en", "Commission on Crime Prevention and Criminal Justice " + tag)))));
        return id;
    }

    private void save(String tag, long statementId, UnLanguage language, int number, String text) {
        save("fr-" + tag, Role.REVIEWER, statementId, language, number, text, SegmentStatus.TRANSLATED);
    }

    private static TermDraft term(String language, String text) {
        return TermDraft.of(language, text, TermType.FULL_FORM, UsageStatus.PREFERRED);
    }

    private Object script(String js, Object... args) {
        return pages.js(js, args);
    }

    /** The families of the font faces the page has downloaded (FontFace status "loaded"). */
    @SuppressWarnings("unchecked")
    private List<String> loadedFonts() {
        return (List<String>) script("return [...document.fonts].filter(f => f.status === 'loaded')"
                + ".map(f => f.family.replace(/[\"']/g, ''));");
    }

    /** The first family of the computed font-family of the element. */
    private String firstFamily(WebElement element) {
        return String.valueOf(script(
                "return getComputedStyle(arguments[0]).fontFamily.split(',')[0]" + ".replace(/[\"']/g, '').trim();",
                element));
    }

    private WebElement gridText(String cssClass, String lang, String text) {
        return pages.waiting()
                .until(d -> d
                        .findElements(By.cssSelector("vaadin-grid-cell-content ." + cssClass + "[lang='" + lang + "']"))
                        .stream()
                        .filter(e -> e.getText().contains(text))
                        .findFirst()
                        .orElse(null));
    }

    @Test
    void arabicAndChineseAreDrawnInTheBundledFonts() {
        String tag = "f" + System.nanoTime() % 100000;
        long id = statementAndConcept(tag);
        pages.signIn("fr-" + tag);

        pages.open("/statement/" + id + "?lang=zh");
        WebElement chinese = gridText("segment-text", "zh", "预防犯罪和刑事司法委员会");
        assertThat(firstFamily(chinese)).isEqualTo(CHINESE_FONT);
        assertThat(firstFamily(pages.target())).isEqualTo(CHINESE_FONT);
        pages.waiting().until(d -> loadedFonts().contains(CHINESE_FONT));
        pages.screenshot("fonts-editor-chinese");

        pages.open("/statement/" + id + "?lang=ar");
        WebElement arabic = gridText("segment-text", "ar", "لجنة منع الجريمة");
        assertThat(firstFamily(arabic)).isEqualTo(ARABIC_FONT);
        assertThat(firstFamily(pages.target())).isEqualTo(ARABIC_FONT);
        pages.waiting().until(d -> loadedFonts().contains(ARABIC_FONT));
        pages.screenshot("fonts-editor-arabic");

        pages.open("/glossary");
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.glossary-grid")));
        pages.press(Keys.CONTROL, "k");
        driver.findElement(By.cssSelector(".glossary-search input")).sendKeys("Criminal Justice " + tag);
        assertThat(firstFamily(gridText("glossary-cell", "zh", "预防犯罪和刑事司法委员会"))).isEqualTo(CHINESE_FONT);
        assertThat(firstFamily(gridText("glossary-cell", "ar", "لجنة منع الجريمة")))
                .isEqualTo(ARABIC_FONT);
        pages.screenshot("fonts-glossary");
        assertThat(loadedFonts()).contains(CHINESE_FONT, ARABIC_FONT);
    }
}
