package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.draft;
import static org.statementworkbench.TestData.preferred;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/**
 * A glossary manager in a real browser: searches the glossary with the keyboard (Ctrl+K, type, arrows, Enter),
 * reads the results in the six languages and opens a concept in the editor (Arabic right to left).
 */
class GlossaryBrowserTest extends BrowserTest {

    GlossaryBrowserTest() {
        super(1600, 1000);
    }

    private String concepts() {
        String tag = "b" + System.nanoTime() % 100000;
        String manager = user("gm-" + tag, "Gloria Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
        return as(manager, Role.GLOSSARY_MANAGER, () -> {
            var ccpcj = glossary.create(new ConceptDraft(
                    null,
                    0,
                    "ccpcj-" + tag,
                    List.of("crime prevention"),
                    "Functional commission of the Economic and Social Council",
                    null,
                    "UNTERM",
                    List.of(
                            preferred("ar", "لجنة منع الجريمة والعدالة الجنائية"),
                            preferred("zh", "预防犯罪和刑事司法委员会"),
                            preferred("en", "Commission on Crime Prevention and Criminal Justice"),
                            TermDraft.of("en", "CCPCJ", TermType.ACRONYM, UsageStatus.ADMITTED),
                            preferred("fr", "Commission pour la prévention du crime et la justice pénale"),
                            preferred("ru", "Комиссия по предупреждению преступности и уголовному правосудию"),
                            preferred("es", "Comisión de Prevención del Delito y Justicia Penal"))));
            var draft = ccpcj.toDraft();
            var terms = new ArrayList<>(draft.terms());
            terms.add(preferred("de", "Kommission für Verbrechensverhütung und Strafrechtspflege"));
            glossary.update(new ConceptDraft(
                    draft.id(),
                    draft.version(),
                    draft.externalId(),
                    draft.subjectFields(),
                    draft.definition(),
                    "Also called the Crime Commission",
                    draft.source(),
                    terms));
            glossary.create(draft(
                    "cnd-" + tag,
                    List.of("drug control"),
                    null,
                    preferred("ar", "لجنة المخدرات"),
                    preferred("zh", "麻醉药品委员会"),
                    preferred("en", "Commission on Narcotic Drugs"),
                    preferred("fr", "Commission des stupéfiants"),
                    preferred("ru", "Комиссия по наркотическим средствам"),
                    preferred("es", "Comisión de Estupefacientes")));
            var cnd = glossary.findByExternalId("cnd-" + tag).orElseThrow();
            glossary.retire(cnd.id(), cnd.version(), "Duplicate of the UNTERM entry");
            glossary.create(draft(
                    "csw-" + tag,
                    List.of("gender equality"),
                    null,
                    preferred("ar", "لجنة وضع المرأة"),
                    preferred("en", "Commission on the Status of Women"),
                    preferred("fr", "Commission de la condition de la femme"),
                    preferred("es", "Comisión de la Condición Jurídica y Social de la Mujer")));
            return manager;
        });
    }

    @Test
    void aManagerSearchesAndOpensAConcept() {
        String manager = concepts();
        pages.signIn(manager);
        WebElement input = pages.glossarySearch();
        input.sendKeys("commission");
        pages.awaitCell("Commission on the Status");
        driver.findElement(By.xpath("//vaadin-checkbox[contains(., 'Show retired')]"))
                .click();
        pages.awaitCell("Commission on Narcotic Drugs");
        pages.screenshot("glossary-search");
        assertThat(pages.cellShows("لجنة منع الجريمة والعدالة الجنائية")).isTrue();

        WebElement cell = driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("Commission on Crime Prevention"))
                .findFirst()
                .orElseThrow();
        pages.click(cell);
        WebElement arabic = pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".concept-editor vaadin-text-area")).stream()
                        .filter(f -> "rtl".equals(f.getAttribute("dir")))
                        .findFirst()
                        .orElse(null));
        assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
        pages.screenshot("glossary-concept-editor");
        driver.findElement(By.xpath("//vaadin-button[contains(., 'History')]")).click();
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".concept-history")).isEmpty());
        pages.screenshot("glossary-history");
        driver.findElement(By.xpath("//vaadin-dialog[.//*[contains(@class, 'concept-history')]]"
                        + "//vaadin-button[normalize-space(.)='Close']"))
                .click();
        pages.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".concept-history")));
        // Escape goes to the topmost dialog: wait until the history dialog has finished closing, as a person would
        pages.waiting()
                .until(d -> Boolean.TRUE.equals(
                        pages.js("return document.querySelectorAll('vaadin-dialog[opened]').length === 1"
                                + " && !document.querySelector('[closing]')")));
        pages.press(Keys.ESCAPE);
        pages.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".concept-editor")));

        List<WebElement> boxes =
                driver.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox")).stream()
                        .filter(b -> !"Select All".equalsIgnoreCase(String.valueOf(b.getAttribute("aria-label"))))
                        .filter(WebElement::isDisplayed)
                        .toList();
        boxes.get(0).click();
        boxes.get(2).click();
        WebElement merge = driver.findElement(By.xpath("//vaadin-button[contains(., 'Merge selected')]"));
        pages.waiting().until(d -> merge.getAttribute("disabled") == null);
        merge.click();
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".merge-side-by-side .concept-card"))
                        .isEmpty());
        pages.screenshot("glossary-merge");
        driver.findElement(By.xpath("//vaadin-dialog//vaadin-button[normalize-space(.)='Cancel']"))
                .click();
        pages.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".merge-side-by-side")));

        // Keyboard only: Ctrl+K to the search, arrow down into the results, Enter opens the concept.
        pages.press(Keys.CONTROL, "k");
        pages.waiting().until(d -> input.equals(d.switchTo().activeElement()));
        pages.press(Keys.ARROW_DOWN);
        pages.waiting()
                .until(d -> "VAADIN-GRID"
                        .equalsIgnoreCase(d.switchTo().activeElement().getTagName()));
        pages.press(Keys.ARROW_UP);
        pages.press(Keys.ENTER);
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".concept-editor")).isEmpty());
        pages.screenshot("glossary-keyboard-open");
    }
}
