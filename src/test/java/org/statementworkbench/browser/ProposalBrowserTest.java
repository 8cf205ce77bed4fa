package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.preferred;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposal;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.security.Role;

/**
 * A translator selects a term in the source and the target and presses Alt+T; the proposal reaches the
 * reviewers' queue with its context; a decision on another proposal pops up in the translator's open editor.
 * Screenshots: target/screenshots/proposal-*.png.
 */
class ProposalBrowserTest extends BrowserTest {

    @Autowired
    TermProposalService proposals;

    ProposalBrowserTest() {
        super(1366, 900);
    }

    /** Selects text as a person would (the browser fires "select", the element reports it). */
    private void select(WebElement textarea, String text) {
        pages.js(
                "const ta = arguments[0]; const i = ta.value.indexOf(arguments[1]);"
                        + "ta.focus(); ta.setSelectionRange(i, i + arguments[1].length);",
                textarea,
                text);
    }

    @Test
    void aTermSelectedInTheEditorIsProposedAndReviewed() {
        String tag = "b" + System.nanoTime() % 1000000;
        String translator = "prop-fr-" + tag;
        String reviewer = "prop-rv-" + tag;
        user(translator, "Claire Dubois", Set.of(Role.TRANSLATOR), EnumSet.of(UnLanguage.FR));
        user(reviewer, "Rosa Reviewer", Set.of(Role.REVIEWER), Set.of());
        user("prop-gm-" + tag, "Gloria Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
        long statementId = importStatement(
                thailandAtCcpcj("Statement by Thailand " + tag, UnLanguage.FR),
                "Thailand supports the Model Strategies " + tag + " on crime prevention.\n\nThank you.");
        GlossaryConcept concept = concept(
                "prop-gm-" + tag,
                ConceptDraft.newConcept(
                        List.of(),
                        null,
                        List.of(
                                preferred("en", "Model Strategies " + tag),
                                preferred("es", "Estrategias Modelo " + tag))));
        TermProposal other = as(
                translator,
                Role.TRANSLATOR,
                () -> proposals.propose(new ProposalRequest(
                        null,
                        "en",
                        "crime prevention " + tag,
                        "fr",
                        "prévention du crime " + tag,
                        null,
                        statementId,
                        null,
                        1,
                        null,
                        null)));

        pages.signIn(translator);
        pages.open("/statement/" + statementId + "?lang=fr");
        WebElement target = pages.typeInTarget(
                "La Thaïlande appuie les Stratégies types " + tag + " en matière de prévention du crime.");
        select(pages.textarea("edit-source"), "Model Strategies " + tag);
        select(target, "Stratégies types " + tag);
        pages.press(Keys.ALT, "t");
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".propose-choice")).size() == 1);
        assertThat(pages.proposedTerms()).containsExactly("Model Strategies " + tag, "Stratégies types " + tag);
        pages.screenshot("proposal-dialog");
        pages.press("Used by UNODC", Keys.ENTER);
        pages.waiting().until(d -> pages.notificationShows("Proposed; a reviewer will decide"));
        // Escape cancels: the dialog opens again with Alt+T and closes without proposing
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        pages.press(Keys.ALT, "t");
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        pages.press(Keys.ESCAPE);
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());

        // a term corrected in the dialog and submitted with Enter at once is proposed as typed, not as it was
        pages.press(Keys.ALT, "t");
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        WebElement targetTerm = driver.findElements(By.cssSelector(".propose-term-fields vaadin-text-field input"))
                .get(1);
        targetTerm.click();
        targetTerm.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Stratégies types révisées " + tag, Keys.ENTER);
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".propose-choice")).isEmpty());
        List<String> proposed = as(
                translator,
                Role.TRANSLATOR,
                () -> proposals.mine().stream()
                        .flatMap(p -> p.terms().stream())
                        .map(GlossaryTerm::text)
                        .toList());
        assertThat(proposed).contains("Stratégies types révisées " + tag);

        // a reviewer decides the translator's other proposal: the open editor shows it at once
        as(
                reviewer,
                Role.REVIEWER,
                () -> proposals.decide(other.id(), other.version(), false, "Too generic for the glossary"));
        pages.waiting().until(d -> pages.notificationShows("Too generic for the glossary"));
        pages.settled(); // the notification slides in
        pages.screenshot("proposal-outcome-toast");
        pages.open("/glossary/my-proposals");
        pages.waiting().until(d -> pages.cellReads("Too generic for the glossary"));
        pages.screenshot("proposal-mine");

        pages.signIn(reviewer);
        pages.open("/glossary/proposals");
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".proposal-card")).stream()
                        .anyMatch(c -> c.getText().contains("Stratégies types " + tag)));
        assertThat(driver.getTitle()).startsWith("Term proposals (");
        assertThat(driver.findElements(By.cssSelector(".proposal-card mark")).stream()
                        .map(WebElement::getText))
                .contains("Model Strategies " + tag, "Stratégies types " + tag);
        WebElement card = driver.findElements(By.cssSelector(".proposal-card")).stream()
                .filter(c -> c.getText().contains("Stratégies types " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(card.getText()).contains("equivalent for “", "(" + concept.externalId() + ")");
        pages.js("arguments[0].scrollIntoView({block: 'start'})", card);
        pages.screenshot("proposal-queue");
    }
}
