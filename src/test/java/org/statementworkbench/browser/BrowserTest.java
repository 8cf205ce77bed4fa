package org.statementworkbench.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.ReviewService;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;

/**
 * The set-up every real-browser test shares: the running workbench with its production frontend bundle (one Spring
 * context for all of them, as they all declare it here), one headless Chromium per test class in the window size
 * the class asks for (closed after its last test), an administrator (without one every page leads to the first-run
 * setup), and the users, statements and glossary concepts a test makes through the services. {@link #pages} drives
 * the browser. Screenshots go to target/screenshots. Chromium missing is a failure, not a skip: .ci/run installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final String PASSWORD = "browser-test-secret";
    static final String ADMIN = "browser-admin";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final int width;
    private final int height;
    private final List<WebDriver> drivers = new ArrayList<>();

    /** The browser of the test class. */
    protected WorkbenchPages pages;

    protected WebDriver driver;

    @LocalServerPort
    protected int port;

    @Autowired
    protected UserService users;

    @Autowired
    protected StatementImportService importService;

    @Autowired
    protected TranslationService translations;

    @Autowired
    protected GlossaryService glossary;

    @Autowired
    protected ReviewService review;

    /** Four eyes off for a statement, for tests in which one reviewer writes and approves a segment. */
    protected void fourEyesOff(long statementId) {
        asAdmin(() -> {
            review.setFourEyes(statementId, false);
            return null;
        });
    }

    /** A test class whose browser window is {@code width} x {@code height}. */
    protected BrowserTest(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @BeforeAll
    void startBrowser() {
        pages = anotherBrowser();
        driver = pages.driver();
    }

    @AfterAll
    void stopBrowsers() {
        drivers.forEach(WebDriver::quit);
    }

    /** A browser of its own (a second person at the same time), closed with the class's. */
    protected WorkbenchPages anotherBrowser() {
        WebDriver started = HeadlessChromium.start(width, height, this::browserOptions);
        drivers.add(started);
        return new WorkbenchPages(started, port, PASSWORD);
    }

    /** More Chromium options (capabilities) for the class's browsers. */
    protected void browserOptions(ChromeOptions options) {}

    /** Without an administrator the sign-in page leads to the one-time setup instead. */
    @BeforeEach
    void anAdministratorExists() {
        if (!users.adminExists()) {
            user(ADMIN, "Browser Admin", Set.of(Role.ADMIN), Set.of());
        }
    }

    // --- data through the services -----------------------------------------------------------------------------------

    /** Runs {@code action} signed in as {@code username} with {@code role}, signed out afterwards. */
    protected static <T> T as(String username, Role role, Supplier<T> action) {
        TestSignIn.as(username, role);
        try {
            return action.get();
        } finally {
            TestSignIn.out();
        }
    }

    /** Runs {@code action} signed in as an administrator. */
    protected static <T> T asAdmin(Supplier<T> action) {
        return as("browser-setup", Role.ADMIN, action);
    }

    /** A tag that makes names and titles of one test unlike those of others in the shared database. */
    protected static String uniqueTag(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** The user {@code username} (made now unless they exist), with the tests' password. */
    protected String user(String username, String fullName, Set<Role> roles, Set<UnLanguage> languages) {
        return asAdmin(() -> {
            if (users.listUsers().stream().noneMatch(u -> u.username().equals(username))) {
                users.createUser(new NewUser(username, fullName, PASSWORD, roles, languages));
            }
            return username;
        });
    }

    /** A statement imported by an administrator; its id. */
    protected long importStatement(NewStatement details, ImportedDocument document) {
        return asAdmin(() -> importService.importStatement(details, document, null));
    }

    /** A statement imported by an administrator from pasted text (paragraphs between blank lines); its id. */
    protected long importStatement(NewStatement details, String pasted) {
        return asAdmin(() -> importService.importStatement(details, importService.readPasted(pasted), null));
    }

    /**
     * Thailand's statement at the thirty-first session of the Commission on Crime Prevention and Criminal Justice
     * (agenda item 5), from English into {@code targets}: what to import it as.
     */
    protected static NewStatement thailandAtCcpcj(String title, UnLanguage... targets) {
        return new NewStatement(
                title,
                new StatementDetails(
                        null,
                        "Commission on Crime Prevention and Criminal Justice",
                        "thirty-first session",
                        "5",
                        null,
                        "Thailand",
                        null),
                UnLanguage.EN,
                EnumSet.copyOf(Arrays.asList(targets)));
    }

    /** A General Assembly statement of {@link SdgGoals} 1, 5 and 3 in English, into Arabic and French; its id. */
    protected long sdgGoalsStatement(String tag) {
        return importStatement(
                new NewStatement(
                        "Sustainable Development Goals " + tag,
                        new StatementDetails(null, "General Assembly", null, null, null, null, null),
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.AR, UnLanguage.FR)),
                SdgGoals.ENGLISH);
    }

    /** A glossary concept stored by {@code manager} (a glossary manager). */
    protected GlossaryConcept concept(String manager, ConceptDraft draft) {
        return as(manager, Role.GLOSSARY_MANAGER, () -> glossary.create(draft));
    }

    /** Saves a translation of segment {@code number} (from 1) as {@code username} would in another window. */
    protected void save(
            String username,
            Role role,
            long statementId,
            UnLanguage language,
            int number,
            String text,
            SegmentStatus status) {
        as(username, role, () -> {
            long segment = translations
                    .rows(statementId, language, SegmentQuery.all(), number - 1, 1)
                    .getFirst()
                    .segmentId();
            translations.save(new SaveTranslation(segment, language, text, status, TranslationState.UNSAVED_VERSION));
            return segment;
        });
    }

    /** The stored translation of segment {@code number} (from 1), read as {@code username}. */
    protected TranslationState saved(String username, Role role, long statementId, UnLanguage language, int number) {
        return as(
                username,
                role,
                () -> translations
                        .rows(statementId, language, SegmentQuery.all(), number - 1, 1)
                        .getFirst()
                        .target());
    }
}
