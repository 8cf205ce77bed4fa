package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.statementworkbench.security.Role;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The administrators' Translation memories view at 1366 x 768, used at the keyboard: Alt+N creates a memory (the new
 * one selected), Alt+I opens the import with the focus on its file button, the TICO-19 English-Russian excerpt is
 * previewed (300 units, texts per language, no duplicates), the arrow keys choose what to do with duplicates and
 * Enter imports; the grid shows 300 units; the memory's TMX export parses and holds them; Delete on the grid's row
 * asks (Cancel first) and deletes it. On the statement list, a row's "Memory analysis…" opens the analysis of that
 * statement without opening the editor. Screenshots: target/screenshots/memories-*.png, statement-list-*.png.
 */
class TranslationMemoriesBrowserTest extends BrowserTest {

    private static final Path TICO_EN_RU = Path.of("src/test/resources/memory/tico19/tico19-300.en-ru.tmx");

    /** An administrator in the database (the memory services read the signed-in account). */
    private final String admin = uniqueTag("tmadmin");

    TranslationMemoriesBrowserTest() {
        super(1366, 768);
    }

    private WebElement openDialog(String cssClass) {
        return pages.waiting()
                .until(d -> d.findElements(By.cssSelector(cssClass + "[opened]")).stream()
                        .findFirst()
                        .orElse(null));
    }

    private void awaitFocusIn(String selector) {
        pages.waiting().until(d -> Boolean.TRUE.equals(pages.js("""
                        let a = document.activeElement;
                        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
                        return !!a && !!a.closest && !!a.closest(arguments[0]);
                        """, selector)));
    }

    private boolean closed(String cssClass) {
        return driver.findElements(By.cssSelector(cssClass + "[opened]")).isEmpty();
    }

    @Test
    void anAdministratorCreatesImportsExportsAndDeletesAMemoryAtTheKeyboard() throws Exception {
        user(admin, "Li Wei", Set.of(Role.ADMIN), Set.of());
        pages.signIn(admin);
        pages.open("/admin/memories");
        pages.awaitCell("Approved statements");
        pages.settled();
        pages.screenshot("memories-view");

        String name = uniqueTag("TICO-19 English-Russian ");
        pages.press(Keys.ALT, "n");
        openDialog("vaadin-dialog.memory-name-dialog");
        awaitFocusIn("vaadin-text-field");
        pages.keys().sendKeys(name).perform();
        pages.settled();
        pages.screenshot("memories-name-dialog");
        pages.press(Keys.ENTER);
        pages.waiting().until(d -> closed("vaadin-dialog.memory-name-dialog"));
        pages.awaitCell(name);

        pages.press(Keys.ALT, "i");
        WebElement dialog = openDialog("vaadin-dialog.tmx-import-dialog");
        assertThat(dialog.getText()).contains("Import TMX into \"" + name + "\"");
        awaitFocusIn("vaadin-button");
        assertThat(pages.js("return document.activeElement.textContent.trim()")).isEqualTo("Choose a TMX file…");
        pages.settled();
        pages.screenshot("memories-import-dialog");

        pages.uploadInput(dialog).sendKeys(TICO_EN_RU.toAbsolutePath().toString());
        pages.waiting().until(d -> dialog.getText().contains("300 units"));
        // Esc drops the file read, and says so
        pages.press(Keys.ESCAPE);
        pages.waiting().until(d -> closed("vaadin-dialog.tmx-import-dialog"));
        pages.waiting()
                .until(d -> pages.notificationShows("Closed without importing tico19-300.en-ru.tmx: nothing changed."));
        assertThat(rowOf(name)).contains("| 0 |");

        pages.press(Keys.ALT, "i");
        WebElement again = openDialog("vaadin-dialog.tmx-import-dialog");
        awaitFocusIn("vaadin-button");
        pages.uploadInput(again).sendKeys(TICO_EN_RU.toAbsolutePath().toString());
        pages.waiting().until(d -> again.getText().contains("300 units"));
        assertThat(again.getText())
                .contains("tico19-300.en-ru.tmx: 300 units in UN languages.")
                .contains("Texts: en 300, ru 300.")
                .contains("Duplicates in the file: 0; already in the memory: 0.");
        // the keyboard is on the duplicates choice: the arrow key moves from "Skip duplicates" to "Keep both"
        awaitFocusIn("vaadin-radio-group");
        pages.press(Keys.ARROW_DOWN);
        pages.waiting()
                .until(d -> again.findElements(By.cssSelector("vaadin-radio-button[checked]")).stream()
                        .anyMatch(r -> r.getText().contains("Keep both")));
        pages.settled();
        pages.screenshot("memories-import-preview");

        pages.press(Keys.ENTER);
        pages.waiting().until(d -> closed("vaadin-dialog.tmx-import-dialog"));
        pages.waiting().until(d -> pages.notificationShows("Import into \"" + name + "\""));
        pages.waiting().until(d -> rowOf(name).contains("300"));
        assertThat(rowOf(name)).contains("en, ru");
        pages.settled();
        pages.screenshot("memories-imported");

        WebElement export = driver.findElements(By.tagName("a")).stream()
                .filter(a -> a.getText().strip().equals("The whole memory"))
                .findFirst()
                .orElseThrow();
        String tmx = pages.fetchText(export.getAttribute("href"));
        Document exported = parse(tmx);
        NodeList units = exported.getElementsByTagName("tu");
        assertThat(units.getLength()).isEqualTo(300);
        Element first = (Element) units.item(0);
        assertThat(first.getElementsByTagName("tuv").getLength()).isEqualTo(2);

        // the keyboard in the grid, on the memory's row (where Tab from the buttons leads): Delete asks
        pages.js("""
                const content = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[0]);
                content.assignedSlot.parentElement.focus();
                """, name);
        pages.press(Keys.DELETE);
        WebElement confirm = openDialog("vaadin-dialog.memory-delete-dialog");
        pages.waiting().until(d -> confirm.getText().contains("Its 300 units are deleted with it"));
        pages.settled();
        pages.screenshot("memories-delete-confirm");
        awaitFocusIn("vaadin-button");
        Object focused = pages.js("return document.activeElement.textContent.trim()");
        // Cancel first, the safe default; Tab reaches Delete
        assertThat(focused).isEqualTo("Cancel");
        pages.press(Keys.TAB);
        pages.waiting().until(d -> "Delete".equals(pages.js("return document.activeElement.textContent.trim()")));
        pages.press(Keys.ENTER);
        pages.waiting().until(d -> pages.notificationShows("deleted with its 300 units"));
        pages.waiting().until(d -> !pages.cellShows(name));
    }

    @Test
    void theStatementListOpensTheMemoryAnalysisOfARowWithoutOpeningTheEditor() {
        user(admin, "Li Wei", Set.of(Role.ADMIN), Set.of());
        String tag = uniqueTag("List");
        sdgGoalsStatement(tag);
        pages.signIn(admin);
        pages.open("/");
        pages.awaitCell("Sustainable Development Goals " + tag);
        WebElement button = pages.waiting()
                .until(d -> d
                        .findElements(By.cssSelector(
                                "vaadin-button[aria-label='Memory analysis: Sustainable Development Goals " + tag
                                        + "']"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        pages.settled();
        pages.screenshot("statement-list-tasks");
        // a click on the row's button opens the dialog, not the editor as a click on the row does
        pages.click(button);
        WebElement clicked = openDialog("vaadin-dialog.memory-analysis-dialog");
        assertThat(clicked.getText()).contains("Memory analysis and pre-translation");
        assertThat(driver.getCurrentUrl()).as("the editor was not opened").endsWith("/");
        pages.press(Keys.ESCAPE);
        pages.waiting().until(d -> closed("vaadin-dialog.memory-analysis-dialog"));
        // at the keyboard: the button focused (Enter on its grid cell puts it there), Enter opens the dialog
        pages.js("arguments[0].focus()", button);
        awaitFocusIn("vaadin-button");
        pages.press(Keys.ENTER);
        WebElement dialog = openDialog("vaadin-dialog.memory-analysis-dialog");
        assertThat(driver.getCurrentUrl()).as("the editor was not opened").endsWith("/");
        // Analyse has the focus: Enter analyses
        awaitFocusIn("vaadin-button");
        pages.press(Keys.ENTER);
        pages.waiting().until(d -> dialog.getText().contains("Total"));
        assertThat(dialog.getText()).contains("ar segments", "fr segments", "No match");
        pages.settled();
        pages.screenshot("statement-list-memory-analysis");
        pages.press(Keys.ESCAPE);
        pages.waiting().until(d -> closed("vaadin-dialog.memory-analysis-dialog"));
        assertThat(driver.getCurrentUrl()).endsWith("/");
    }

    /** The grid's text of the memory's row (its cells in order). */
    private String rowOf(String name) {
        return String.valueOf(pages.js("""
                const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];
                const i = cells.findIndex(c => c.textContent.trim() === arguments[0]);
                return i < 0 ? '' : cells.slice(i - 1, i + 3).map(c => c.textContent.trim()).join(' | ');
                """, name));
    }

    /** The export as XML, read without DTDs or external entities. */
    private static Document parse(String tmx) throws Exception {
        assertThat(tmx).startsWith("<?xml").contains("<tmx");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(tmx.getBytes(StandardCharsets.UTF_8)));
    }
}
