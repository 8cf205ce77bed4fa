package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.preferred;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
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
        concept(
                "fg-" + tag,
                new ConceptDraft(
                        null,
                        0,
                        "fonts-" + tag,
                        List.of("crime prevention"),
                        null,
                        null,
                        "UNTERM",
                        List.of(
                                preferred("ar", "لجنة منع الجريمة والعدالة الجنائية"),
                                preferred("zh", "预防犯罪和刑事司法委员会"),
                                preferred("en", "Commission on Crime Prevention and Criminal Justice " + tag))));
        return id;
    }

    private void save(String tag, long statementId, UnLanguage language, int number, String text) {
        save("fr-" + tag, Role.REVIEWER, statementId, language, number, text, SegmentStatus.TRANSLATED);
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

    /** The statement's segment list and segment editor in {@code language} draw its text in {@code font}. */
    private void assertEditorDrawnIn(long id, UnLanguage language, String text, String font, String screenshot) {
        pages.open("/statement/" + id + "?lang=" + language.code());
        WebElement segment = gridText("segment-text", language.code(), text);
        assertThat(firstFamily(segment)).isEqualTo(font);
        assertThat(firstFamily(pages.target())).isEqualTo(font);
        pages.waiting().until(d -> loadedFonts().contains(font));
        pages.screenshot(screenshot);
    }

    @Test
    void arabicAndChineseAreDrawnInTheBundledFonts() {
        String tag = "f" + System.nanoTime() % 100000;
        long id = statementAndConcept(tag);
        pages.signIn("fr-" + tag);

        assertEditorDrawnIn(id, UnLanguage.ZH, "预防犯罪和刑事司法委员会", CHINESE_FONT, "fonts-editor-chinese");
        assertEditorDrawnIn(id, UnLanguage.AR, "لجنة منع الجريمة", ARABIC_FONT, "fonts-editor-arabic");

        pages.glossarySearch().sendKeys("Criminal Justice " + tag);
        assertThat(firstFamily(gridText("glossary-cell", "zh", "预防犯罪和刑事司法委员会"))).isEqualTo(CHINESE_FONT);
        assertThat(firstFamily(gridText("glossary-cell", "ar", "لجنة منع الجريمة")))
                .isEqualTo(ARABIC_FONT);
        pages.screenshot("fonts-glossary");
        assertThat(loadedFonts()).contains(CHINESE_FONT, ARABIC_FONT);
    }
}
