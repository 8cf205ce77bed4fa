package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/** A glossary manager uploads a CSV file in a real browser, sees the preview with its statuses and commits it. */
class GlossaryExchangeBrowserTest extends BrowserTest {

    @Autowired
    GlossaryService glossary;

    GlossaryExchangeBrowserTest() {
        super(1366, 860);
    }

    @Test
    void aManagerUploadsPreviewsAndCommits() throws Exception {
        String tag = "b" + System.nanoTime() % 100000;
        String manager = user("browser-gm-" + tag, "Grete Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
        as(
                manager,
                Role.GLOSSARY_MANAGER,
                () -> glossary.create(new ConceptDraft(
                        null,
                        0,
                        "unodc-" + tag,
                        List.of(),
                        null,
                        null,
                        null,
                        List.of(
                                TermDraft.of(
                                        "en",
                                        "Office on Drugs and Crime " + tag,
                                        TermType.FULL_FORM,
                                        UsageStatus.PREFERRED),
                                TermDraft.of(
                                        "fr",
                                        "Office contre la drogue et le crime " + tag,
                                        TermType.FULL_FORM,
                                        UsageStatus.PREFERRED)))));
        Path file = Files.createTempFile("glossary", ".csv");
        Files.writeString(
                file,
                "id,en,en_status,fr,es\r\n"
                        + "unodc-" + tag + ",Office on Drugs and Crime " + tag + "|UNODC" + tag + ",preferred|admitted,"
                        + "Office contre la drogue et le crime " + tag + ",Oficina contra la Droga y el Delito " + tag
                        + "\r\n"
                        + "cnd-" + tag + ",Commission on Narcotic Drugs " + tag
                        + ",preferred,Commission des stupéfiants " + tag
                        + ",Comisión de Estupefacientes " + tag + "\r\n"
                        + "dup-" + tag + ",Office on Drugs and Crime " + tag + ",admitted,,\r\n",
                StandardCharsets.UTF_8);

        pages.signIn(manager);
        pages.open("/glossary/exchange");
        WebElement input = pages.uploadInput();
        pages.screenshot("glossary-exchange-empty");
        input.sendKeys(file.toString());
        pages.waiting()
                .until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., 'cnd-" + tag + "')]"))
                        .isEmpty());
        pages.settled();
        pages.screenshot("glossary-exchange-preview");
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("New: 1").contains("Changed: 1").contains("Duplicate: 1");

        driver.findElement(By.xpath("//vaadin-button[contains(., 'Commit import')]"))
                .click();
        pages.waiting()
                .until(d -> !d.findElements(By.cssSelector("vaadin-notification-card"))
                        .isEmpty());
        pages.screenshot("glossary-exchange-committed");
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card"))
                        .getText())
                .contains("1 created")
                .contains("1 merged");
    }
}
