package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, for the real-browser tests. Chromium missing is a failure, not a skip:
 * {@code .ci/run} installs it. The flags keep it off the network this machine does not have.
 */
public final class HeadlessChromium {

    public static final Path CHROMIUM =
            Path.of(System.getenv().getOrDefault("WORKBENCH_CHROMIUM", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("WORKBENCH_CHROMEDRIVER", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {}

    public static WebDriver start(int width, int height) {
        return start(width, height, options -> {});
    }

    /** As {@link #start(int, int)}, with more options (capabilities) set by {@code more}. */
    public static WebDriver start(int width, int height, Consumer<ChromeOptions> more) {
        assertThat(CHROMIUM)
                .as("Chromium for the browser tests (apt-get install chromium chromium-driver)")
                .isExecutable();
        assertThat(CHROMEDRIVER)
                .as("ChromeDriver (apt-get install chromium-driver)")
                .isExecutable();
        try {
            var options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=" + width + "," + height,
                    "--lang=en",
                    "--user-data-dir=" + Files.createTempDirectory("workbench-chromium"));
            more.accept(options);
            Files.createDirectories(SCREENSHOTS);
            return new ChromeDriver(
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .build(),
                    options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the login page (cookies of an earlier person dropped) and waits for the main layout. */
    public static void signIn(WebDriver driver, int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
    }

    /**
     * Waits up to 30 s for a condition; an element replaced while it is read (Vaadin re-renders notifications, menus
     * and grids as they change) only means "not yet", so a condition is asked again rather than failing the test.
     */
    public static WebDriverWait waiting(WebDriver driver) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Saves what the browser shows to target/screenshots/NAME.png. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
