package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.draft;
import static org.statementworkbench.TestData.preferred;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.security.Role;

/**
 * The concept editor with the keyboard only: a term typed into a new term field is saved by Ctrl+S without
 * leaving the field first, and Escape right after typing asks before throwing the typing away.
 */
class ConceptEditorKeyboardBrowserTest extends BrowserTest {

    private String tag;

    ConceptEditorKeyboardBrowserTest() {
        super(1366, 768);
    }

    /** A manager and the Commission on Narcotic Drugs in English and Spanish only. */
    private GlossaryConcept setUp() {
        tag = "k" + System.nanoTime() % 1000000;
        return concept(
                user("km-" + tag, "Gloria Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of()),
                draft(
                        "cnd-" + tag,
                        List.of("drug control"),
                        null,
                        preferred("en", "Commission on Narcotic Drugs"),
                        preferred("es", "Comisión de Estupefacientes")));
    }

    private List<String> storedTerms(long conceptId, String language) {
        return as(
                "km-" + tag,
                Role.GLOSSARY_MANAGER,
                () -> glossary.find(conceptId).orElseThrow().terms(UnLanguage.ofCode(language)).stream()
                        .map(GlossaryTerm::text)
                        .toList());
    }

    /** The empty term field of a language: the editor shows one for each UN language without terms. */
    private WebElement emptyTermField(String language) {
        return pages.waiting()
                .until(
                        d -> d
                                .findElements(
                                        By.cssSelector(".concept-editor vaadin-text-area[lang='" + language + "']"))
                                .stream()
                                .filter(f ->
                                        String.valueOf(f.getAttribute("value")).isEmpty())
                                .findFirst()
                                .orElse(null));
    }

    /** Puts the caret in a field of the dialog (scrolled into view), as Tab or a click would. */
    private void focus(WebElement field) {
        pages.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", field);
        pages.waiting()
                .until(d ->
                        "TEXTAREA".equalsIgnoreCase(d.switchTo().activeElement().getTagName()));
    }

    /**
     * The manager opens the concept in the editor and types its French name into the empty French term field, with
     * the keyboard only; the concept.
     */
    private GlossaryConcept frenchNameTyped() {
        GlossaryConcept concept = setUp();
        pages.signIn("km-" + tag);
        pages.open("/glossary?concept=" + concept.id());
        pages.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".concept-editor")));
        focus(emptyTermField("fr"));
        pages.press("Commission des stupéfiants");
        return concept;
    }

    @Test
    void ctrlSSavesTheTermBeingTyped() {
        GlossaryConcept concept = frenchNameTyped();
        pages.press(Keys.CONTROL, "s");
        pages.waiting()
                .until(d -> !d.findElements(By.xpath("//vaadin-notification-card[contains(., 'saved')]"))
                        .isEmpty());
        assertThat(storedTerms(concept.id(), "fr")).containsExactly("Commission des stupéfiants");
        pages.screenshot("concept-editor-ctrl-s");

        // "Add term" puts the focus in a new field: typed there and saved at once, with the keyboard only.
        // the editor shows the saved concept anew: find the button in what it shows now
        pages.waiting().until(d -> {
            WebElement addRussian = d.findElement(
                    By.xpath(
                            "//div[contains(concat(' ', @class, ' '), "
                                    + "' glossary-language ')][.//h4[contains(., 'Russian')]]//vaadin-button[contains(., 'Add term')]"));
            pages.js("arguments[0].scrollIntoView({block: 'center'})", addRussian);
            addRussian.click();
            return true;
        });
        pages.waiting()
                .until(d -> Boolean.TRUE.equals(pages.js("const f = document.activeElement;"
                        + "return f.tagName === 'TEXTAREA' && f.closest('vaadin-text-area').getAttribute('lang') === 'ru'"
                        + " && f.value === ''")));
        pages.press("Комиссия по наркотическим средствам");
        pages.press(Keys.CONTROL, "s");
        pages.waiting().until(d -> !storedTerms(concept.id(), "ru").isEmpty());
        assertThat(storedTerms(concept.id(), "ru")).containsExactly("Комиссия по наркотическим средствам");
    }

    @Test
    void escapeRightAfterTypingAsksBeforeDiscarding() {
        GlossaryConcept concept = frenchNameTyped();
        pages.press(Keys.ESCAPE);
        pages.waiting()
                .until(d ->
                        Boolean.TRUE.equals(pages.js("return [...document.querySelectorAll('vaadin-confirm-dialog')]"
                                + ".some(d => d.opened && d.header === 'Discard your changes?')")));
        pages.screenshot("concept-editor-escape-asks");
        // Enter right away (the dialog's default button) must keep the changes, not discard them
        pages.press(Keys.ENTER);
        pages.waiting()
                .until(d -> Boolean.FALSE.equals(pages.js(
                        "return [...document.querySelectorAll('vaadin-confirm-dialog')]" + ".some(d => d.opened)")));
        assertThat(driver.findElements(By.cssSelector(".concept-editor"))).isNotEmpty();

        pages.press(Keys.CONTROL, "s");
        pages.waiting().until(d -> !storedTerms(concept.id(), "fr").isEmpty());
        assertThat(storedTerms(concept.id(), "fr")).containsExactly("Commission des stupéfiants");
    }
}
