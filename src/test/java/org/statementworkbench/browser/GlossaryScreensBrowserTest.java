package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.security.Role;

/**
 * How the glossary screens lay out in a real browser: Russian and Arabic terms in the results grid wrap between
 * words only (no word is broken or cut off), at 1366x768 and at 1600x1000; the import preview's column headers
 * stand over their own columns.
 */
class GlossaryScreensBrowserTest extends BrowserTest {

    /**
     * Every word (a run of letters and marks: a hyphen may end a line) of the Russian and Arabic cells shown:
     * those laid out on more than one line, and those reaching outside their cell.
     */
    static final String WORDS_BROKEN_OR_CUT = """
            const broken = [], cut = [];
            let words = 0;
            const cells = [...document.querySelectorAll('vaadin-grid.glossary-grid .glossary-cell')]
                .filter(c => c.lang === 'ru' || c.lang === 'ar');
            for (const cell of cells) {
              const box = cell.closest('vaadin-grid-cell-content').getBoundingClientRect();
              if (box.width === 0) continue;
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (const m of n.data.matchAll(/[\\p{L}\\p{M}]+/gu)) {
                  const range = document.createRange();
                  range.setStart(n, m.index);
                  range.setEnd(n, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0)
                      .map(r => Math.round(r.top)));
                  if (lines.size === 0) continue;
                  words++;
                  if (lines.size > 1) broken.push(m[0]);
                  const r = range.getBoundingClientRect();
                  if (r.left < box.left - 1 || r.right > box.right + 1) cut.push(m[0]);
                }
              }
            }
            return {cells: cells.length, words: words, broken: broken, cut: cut};
            """;

    GlossaryScreensBrowserTest() {
        super(1366, 768);
    }

    private String manager() {
        return user(uniqueTag("sm-"), "Gloria Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> searchAndMeasure(String query, String shown) {
        WebElement search = driver.findElement(By.cssSelector(".glossary-search input"));
        search.clear();
        search.sendKeys(query);
        pages.awaitCell(shown);
        return (Map<String, Object>) pages.js(WORDS_BROKEN_OR_CUT);
    }

    @Test
    void russianAndArabicTermsWrapBetweenWordsOnly() {
        pages.signIn(manager());
        for (Dimension size : List.of(new Dimension(1366, 768), new Dimension(1600, 1000))) {
            driver.manage().window().setSize(size);
            pages.open("/glossary");
            pages.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".glossary-search input")));
            // the shipped glossary's longest Russian and Arabic words
            for (String[] search : new String[][] {
                {"Counter-Terrorism", "Контртеррористического"},
                {"Covenant on Economic", "والثقافية"},
                {"Convention against Torture", "اللاإنسانية"},
                {"information and communications", "информационно-коммуникационные"}
            }) {
                Map<String, Object> measured = searchAndMeasure(search[0], search[1]);
                pages.screenshot("glossary-wrapping-" + size.getWidth() + "-" + search[0].replace(' ', '-'));
                assertThat((Long) measured.get("words")).as("words measured").isPositive();
                assertThat((List<String>) measured.get("broken"))
                        .as("words broken across lines at " + size)
                        .isEmpty();
                assertThat((List<String>) measured.get("cut"))
                        .as("words reaching outside their cell at " + size)
                        .isEmpty();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void importPreviewHeadersStandOverTheirColumns() throws Exception {
        String tag = "h" + System.nanoTime() % 1000000;
        Path file = Files.createTempFile("glossary", ".csv");
        Files.writeString(
                file,
                "id,en,en_status,fr,es,ru,ar,zh\r\n"
                        + "cnd-" + tag + ",Commission on Narcotic Drugs,preferred,Commission des stupéfiants,"
                        + "Comisión de Estupefacientes,Комиссия по наркотическим средствам,لجنة المخدرات,麻醉药品委员会\r\n",
                StandardCharsets.UTF_8);
        driver.manage().window().setSize(new Dimension(1366, 768));
        pages.signIn(manager());
        pages.open("/glossary/exchange");
        pages.uploadInput().sendKeys(file.toString());
        pages.awaitCell("cnd-" + tag);
        pages.js("[...document.querySelectorAll('vaadin-grid')].find(g => !g.hidden).scrollIntoView()");
        pages.settled();
        pages.screenshot("glossary-import-preview-headers");
        List<Map<String, Object>> columns = (List<Map<String, Object>>) pages.js("""
                const grid = [...document.querySelectorAll('vaadin-grid')].find(g => !g.hidden);
                return [...grid.querySelectorAll('vaadin-grid-column')].map(c => {
                  const body = c._cells.find(td => td.parentElement && !td.parentElement.hidden
                      && td.getBoundingClientRect().width > 0);
                  const h = c._headerCell.getBoundingClientRect(), b = body.getBoundingClientRect();
                  return {header: c._headerCell.textContent.trim() || c.header || '', headerLeft: h.left,
                      headerWidth: h.width, bodyLeft: b.left, bodyWidth: b.width};
                });
                """);
        assertThat(columns).hasSizeGreaterThanOrEqualTo(10);
        for (Map<String, Object> c : columns) {
            double headerLeft = ((Number) c.get("headerLeft")).doubleValue();
            double bodyLeft = ((Number) c.get("bodyLeft")).doubleValue();
            double headerWidth = ((Number) c.get("headerWidth")).doubleValue();
            double bodyWidth = ((Number) c.get("bodyWidth")).doubleValue();
            assertThat(Math.abs(headerLeft - bodyLeft))
                    .as("left edge of column %s: header %s, cells %s", c.get("header"), headerLeft, bodyLeft)
                    .isLessThan(1.0);
            assertThat(Math.abs(headerWidth - bodyWidth))
                    .as("width of column %s", c.get("header"))
                    .isLessThan(1.0);
        }
    }
}
