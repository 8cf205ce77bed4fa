package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statementworkbench.TestData.englishFrench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.statementworkbench.security.Role;

/** A glossary manager uploads a CSV file in a real browser, sees the preview with its statuses and commits it. */
class GlossaryExchangeBrowserTest extends BrowserTest {

    GlossaryExchangeBrowserTest() {
        super(1366, 860);
    }

    @Test
    void aManagerUploadsPreviewsAndCommits() throws Exception {
        String tag = "b" + System.nanoTime() % 100000;
        String manager = user("browser-gm-" + tag, "Grete Manager", Set.of(Role.GLOSSARY_MANAGER), Set.of());
        concept(
                manager,
                englishFrench(
                        "unodc-" + tag,
                        "Office on Drugs and Crime " + tag,
                        "Office contre la drogue et le crime " + tag));
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
        pages.awaitCell("cnd-" + tag);
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
