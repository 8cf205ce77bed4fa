package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ProposalRequest;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The editor's terminology in a real browser, French and Arabic: source terms highlighted (bold text included),
 * a deprecated target term underlined with its tooltip, a missing term and a proposed hint, the panel beside.
 */
class TerminologyBrowserTest extends BrowserTest {

    @Autowired
    TermProposalService proposals;

    TerminologyBrowserTest() {
        super(1400, 1150);
    }

    private long statementWithTerms(String translator) {
        user(translator, "Amina Haddad", Set.of(Role.TRANSLATOR), Set.of(UnLanguage.AR, UnLanguage.FR));
        as(
                translator,
                Role.TRANSLATOR,
                () -> proposals.propose(new ProposalRequest(
                        null, "en", "online grooming", "fr", "pédopiégeage", null, null, null, null, null, null)));
        return importStatement(
                new NewStatement(
                        "Terminology in the editor",
                        new StatementDetails(null, "Security Council", null, null, null, "Thailand", null),
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.AR, UnLanguage.FR)),
                new ImportedDocument(List.of(new ImportedParagraph(List.of(
                        TextRun.plain("The "),
                        TextRun.bold("Security Council"),
                        TextRun.plain(" urges all "
                                + "Member States to criminalize child sexual abuse material and online grooming."))))));
    }

    private SearchContext editor(String cssClass) {
        return pages.editorInside(cssClass);
    }

    /**
     * Opens the statement in {@code language}, waits for the source's term hits, types {@code text} as the
     * translation and points at the term error it has, until its tooltip shows.
     */
    private void typeAndPointAtTheError(long statementId, UnLanguage language, String text) {
        pages.open("/statement/" + statementId + "?lang=" + language.code());
        pages.waiting()
                .until(d -> editor("edit-source")
                                .findElements(By.cssSelector(".kind-term-hit"))
                                .size()
                        >= 2);
        pages.typeInTarget(text);
        pages.waiting()
                .until(d -> !editor("edit-target")
                        .findElements(By.cssSelector(".kind-term-error"))
                        .isEmpty());
        WebElement error = editor("edit-target").findElement(By.cssSelector(".kind-term-error"));
        pages.keys().moveToElement(error).perform();
        pages.waiting()
                .until(d -> editor("edit-target")
                        .findElement(By.cssSelector(".tip"))
                        .isDisplayed());
    }

    /** Screenshots NAME of the editor, then NAME-panel with the terminology panel scrolled to its end. */
    private void screenshotsWithThePanel(String name) {
        pages.screenshot(name);
        pages.js("document.querySelector('.terminology-panel').scrollTop = 10000");
        pages.screenshot(name + "-panel");
    }

    @Test
    void termsIssuesAndThePanelInFrenchAndArabic() {
        String translator = "terms-browser-" + System.nanoTime() % 1_000_000;
        long id = statementWithTerms(translator);
        pages.signIn(translator);

        typeAndPointAtTheError(
                id,
                UnLanguage.FR,
                "Le Conseil de sécurité exhorte tous les pays à ériger en infraction la "
                        + "pornographie mettant en scène des enfants et le pédopiégeage.");
        SearchContext source = editor("edit-source");
        assertThat(source.findElement(By.cssSelector(".kind-term-hit")).getText())
                .isEqualTo("Security Council");
        assertThat(source.findElement(By.cssSelector(".kind-term-missing")).getText())
                .isEqualTo("Member States");
        assertThat(source.findElement(By.cssSelector(".kind-term-hint")).getText())
                .isEqualTo("online grooming");
        assertThat(editor("edit-target").findElement(By.cssSelector(".tip")).getText())
                .contains("pornographie mettant en scène des enfants", "deprecated");
        assertThat(driver.findElement(By.cssSelector(".terminology-panel")).getText())
                .contains("États Membres", "do not use", "States Members of the United Nations.");
        screenshotsWithThePanel("terminology-french");

        typeAndPointAtTheError(
                id, UnLanguage.AR, "يحث مجلس الأمن جميع الدول على تجريم استغلال الأطفال في المواد الإباحية.");
        assertThat(driver.findElement(By.cssSelector(".terminology-panel .term-targets"))
                        .getDomAttribute("dir"))
                .isEqualTo("rtl");
        screenshotsWithThePanel("terminology-arabic");
    }
}
