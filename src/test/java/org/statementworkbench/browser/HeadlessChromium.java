package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the real-browser tests ({@link BrowserTest} starts it for each test class).
 * Chromium missing is a failure, not a skip: {@code .ci/run} installs it. The flags keep it off the network this machine does not have.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("WORKBENCH_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("WORKBENCH_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium() {}

    /** A new headless Chromium with a window of {@code width} x {@code height}, more options set by {@code more}. */
    static WebDriver start(int width, int height, Consumer<ChromeOptions> more) {
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

    /** Saves what a browser or one of its elements shows to target/screenshots/NAME.png. */
    static void screenshot(TakesScreenshot shown, String name) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), shown.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
