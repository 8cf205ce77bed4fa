package org.statementworkbench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.InflectedTermSearch;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.RuleSettings;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.ReviewService;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * The test data of the Spring tests, in one place: people per role with their working languages, statements
 * imported from paragraphs (with translations saved into them), glossary terms and concepts. People and
 * statements are created through the services, signed in as a test administrator for the moment it takes; the
 * person who was signed in before stays signed in. Names are the caller's: make them unique with {@link
 * #unique(String)} or {@link #tag(char)}, since all tests share one database.
 */
@Component
public class TestData {

    public static final String PASSWORD = "a-long-enough-secret";
    private static final String ADMIN = "test-data-admin";
    private static final AtomicInteger counter = new AtomicInteger();

    private final UserService users;
    private final StatementImportService importService;
    private final TranslationService translations;
    private final GlossaryService glossary;
    private final GlossaryTerms glossaryTerms;
    private final InflectedTermSearch inflectedSearch;
    private final LanguageCheckService languageChecks;
    private final ReviewService review;
    private @Nullable String conceptAuthor;

    TestData(
            UserService users,
            StatementImportService importService,
            TranslationService translations,
            GlossaryService glossary,
            GlossaryTerms glossaryTerms,
            InflectedTermSearch inflectedSearch,
            LanguageCheckService languageChecks,
            ReviewService review) {
        this.review = review;
        this.users = users;
        this.importService = importService;
        this.translations = translations;
        this.glossary = glossary;
        this.glossaryTerms = glossaryTerms;
        this.inflectedSearch = inflectedSearch;
        this.languageChecks = languageChecks;
    }

    /** {@code prefix-n}, with n counted up for the whole test run. */
    public static String unique(String prefix) {
        return prefix + "-" + counter.incrementAndGet();
    }

    /**
     * A tag unique in the test run, for user names and glossary terms: this letter, a number and "z" (so that no
     * tag begins another, and a search for one finds no other test's terms).
     */
    public static String tag(char first) {
        return first + Integer.toString(counter.incrementAndGet()) + "z";
    }

    /** A unique lower-case tag of letters only (no digits: tags become part of terms the stemmers read). */
    public static String letterTag(char first) {
        StringBuilder s = new StringBuilder().append(first);
        for (char c : Long.toString(System.nanoTime()).toCharArray()) {
            s.append((char) ('a' + (c - '0')));
        }
        return s.substring(0, 10);
    }

    // --- people ------------------------------------------------------------------------------------------------

    /** Creates a user with one role and these working languages; returns the user name. */
    public String user(String username, String fullName, Role role, UnLanguage... languages) {
        Set<UnLanguage> working = languages.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(languages));
        asAdmin(() -> users.createUser(new NewUser(username, fullName, PASSWORD, Set.of(role), working)));
        return username;
    }

    public String translator(String username, String fullName, UnLanguage... languages) {
        return user(username, fullName, Role.TRANSLATOR, languages);
    }

    public String reviewer(String username, String fullName, UnLanguage... languages) {
        return user(username, fullName, Role.REVIEWER, languages);
    }

    public String glossaryManager(String username, String fullName) {
        return user(username, fullName, Role.GLOSSARY_MANAGER);
    }

    public String admin(String username, String fullName) {
        return user(username, fullName, Role.ADMIN);
    }

    /** Signs the test in as this user (see {@link TestSignIn}). */
    public static void signIn(String username, Role role) {
        TestSignIn.as(username, role);
    }

    /** Runs {@code action} as a test administrator, then restores whoever was signed in. */
    public <T> T asAdmin(Supplier<T> action) {
        return as(ADMIN, Role.ADMIN, action);
    }

    /** Runs {@code action} signed in as this user, then restores whoever was signed in. */
    private <T> T as(String username, Role role, Supplier<T> action) {
        @Nullable Authentication before = SecurityContextHolder.getContext().getAuthentication();
        TestSignIn.as(username, role);
        try {
            return action.get();
        } finally {
            if (before == null) {
                TestSignIn.out();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }

    // --- statements --------------------------------------------------------------------------------------------

    /**
     * An English sentence naming the Security Council, whose French term in the shipped glossary is "Conseil de
     * sécurité".
     */
    public static final String COUNCIL_SENTENCE = "The Security Council adopted the resolution.";

    /** A French translation of {@link #COUNCIL_SENTENCE} without that term: a term error, which blocks approval. */
    public static final String COUNCIL_TERM_MISSING = "Le Conseil a adopté la résolution.";

    /** A statement to import, English by default: add its paragraphs and target languages, then {@code create()}. */
    public StatementBuilder statement(String title) {
        return new StatementBuilder(title);
    }

    /** All rows of a statement in one target language, in order. */
    public List<SegmentRow> rows(long statementId, UnLanguage language) {
        return translations.rows(statementId, language, SegmentQuery.all(), 0, 5000);
    }

    /** Saves a translation as the signed-in user, over the current version of the segment. */
    public TranslationState translate(long segmentId, UnLanguage language, String text, SegmentStatus status) {
        return translations.save(
                new SaveTranslation(segmentId, language, text, status, TranslationState.UNSAVED_VERSION));
    }

    /**
     * Switches four eyes off for a statement, for tests of other rules in which one reviewer writes and approves a
     * segment.
     */
    public void fourEyesOff(long statementId) {
        asAdmin(() -> {
            review.setFourEyes(statementId, false);
            return null;
        });
    }

    public final class StatementBuilder {
        private final String title;
        private @Nullable String unBody;
        private @Nullable String session;
        private @Nullable String agendaItem;
        private @Nullable String delegation;
        private UnLanguage source = UnLanguage.EN;
        private final Set<UnLanguage> targets = EnumSet.noneOf(UnLanguage.class);
        private final List<ImportedParagraph> paragraphs = new ArrayList<>();

        private StatementBuilder(String title) {
            this.title = title;
        }

        public StatementBuilder body(String unBody) {
            this.unBody = unBody;
            return this;
        }

        /** The session and agenda item it was delivered at. */
        public StatementBuilder session(String session, String agendaItem) {
            this.session = session;
            this.agendaItem = agendaItem;
            return this;
        }

        public StatementBuilder by(String delegation) {
            this.delegation = delegation;
            return this;
        }

        public StatementBuilder from(UnLanguage language) {
            this.source = language;
            return this;
        }

        public StatementBuilder into(UnLanguage... languages) {
            targets.addAll(Arrays.asList(languages));
            return this;
        }

        /** One paragraph of plain text per argument. */
        public StatementBuilder paragraphs(String... texts) {
            for (String text : texts) {
                paragraphs.add(new ImportedParagraph(List.of(TextRun.plain(text))));
            }
            return this;
        }

        public StatementBuilder paragraphs(List<String> texts) {
            return paragraphs(texts.toArray(String[]::new));
        }

        /** The paragraphs of pasted text, read as the import dialog reads it (Markdown-style emphasis). */
        public StatementBuilder pasted(String text) {
            paragraphs.addAll(asAdmin(() -> importService.readPasted(text)).paragraphs());
            return this;
        }

        /** One paragraph of these runs (for formatting). */
        public StatementBuilder paragraph(TextRun... runs) {
            paragraphs.add(new ImportedParagraph(List.of(runs)));
            return this;
        }

        /** Imports the statement as a test administrator; returns its id. */
        public long create() {
            var details = new NewStatement(
                    title,
                    new StatementDetails(null, unBody, session, agendaItem, null, delegation, null),
                    source,
                    targets);
            return asAdmin(() -> importService.importStatement(details, new ImportedDocument(paragraphs), null));
        }
    }

    // --- language checks ---------------------------------------------------------------------------------------

    /**
     * Makes LanguageTool ready in these languages: a test context loads a language on its first check, so this
     * checks a text in each and waits (at most a minute) until their checks run.
     */
    public void languageChecksReady(UnLanguage... languages) {
        for (UnLanguage language : languages) {
            languageChecks.check(language, "Warm-up.", RuleSettings.DEFAULT).join();
        }
        await().atMost(Duration.ofMinutes(1))
                .until(() -> Arrays.stream(languages).allMatch(languageChecks::ready));
    }

    // --- glossary ------------------------------------------------------------------------------------------------

    /** A full-form term. */
    public static TermDraft term(String language, String text, UsageStatus status) {
        return TermDraft.of(language, text, TermType.FULL_FORM, status);
    }

    /** A preferred full-form term. */
    public static TermDraft preferred(String language, String text) {
        return term(language, text, UsageStatus.PREFERRED);
    }

    /** A concept draft with an optional external id, subjects and definition, and these terms. */
    public static ConceptDraft draft(
            @Nullable String externalId, List<String> subjects, @Nullable String definition, TermDraft... terms) {
        return new ConceptDraft(null, 0, externalId, subjects, definition, null, null, List.of(terms));
    }

    /** A concept with this external id, named by one preferred English and one preferred French term. */
    public static ConceptDraft englishFrench(String externalId, String english, String french) {
        return draft(externalId, List.of(), null, preferred("en", english), preferred("fr", french));
    }

    /**
     * Stores a concept as a glossary manager of the test data's own (created on first use; the glossary records who
     * changed what, so it must be a stored user), then restores whoever was signed in.
     */
    public GlossaryConcept concept(ConceptDraft draft) {
        if (conceptAuthor == null) {
            conceptAuthor = glossaryManager(unique("test-data-gm"), "Test Data");
        }
        return as(conceptAuthor, Role.GLOSSARY_MANAGER, () -> glossary.create(draft));
    }

    /** Waits (at most 5 s) until the inflected glossary search reflects the glossary as stored. */
    public void awaitInflectedSearch() {
        await("revision of the inflected search")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> inflectedSearch.revision() >= glossaryTerms.revision());
    }

    /**
     * The Commission on Crime Prevention and Criminal Justice in English (this name), French, Arabic and Chinese:
     * the UNTERM terms the glossary tests use.
     */
    public static List<TermDraft> ccpcjTerms(String englishName) {
        return List.of(
                preferred("en", englishName),
                preferred("fr", "Commission pour la prévention du crime et la justice pénale"),
                preferred("ar", "لجنة منع الجريمة والعدالة الجنائية"),
                preferred("zh", "预防犯罪和刑事司法委员会"));
    }

    /** Cybercrime in the UN terms of five languages; in Spanish also "delito cibernético", admitted. */
    public static List<TermDraft> cybercrimeTerms() {
        return List.of(
                preferred("ru", "киберпреступность"),
                preferred("ar", "الجريمة السيبرانية"),
                preferred("en", "cybercrime"),
                preferred("fr", "cybercriminalité"),
                preferred("es", "ciberdelincuencia"),
                term("es", "delito cibernético", UsageStatus.ADMITTED));
    }

    /** The General Assembly in Arabic, English, French and Spanish. */
    public static List<TermDraft> generalAssemblyTerms() {
        return List.of(
                preferred("ar", "الجمعية العامة"),
                preferred("en", "General Assembly"),
                preferred("fr", "Assemblée générale"),
                preferred("es", "Asamblea General"));
    }

    /** Cybersecurity in Arabic and English (its Arabic adjective is the masculine السيبراني). */
    public static List<TermDraft> cybersecurityTerms() {
        return List.of(preferred("ar", "الأمن السيبراني"), preferred("en", "cybersecurity"));
    }

    /**
     * Inflected and clitic forms of the terms of {@link #cybercrimeTerms()} and {@link #generalAssemblyTerms()},
     * each with the concept it finds ("cybercrime" or "assembly"), as the term checks would: for the tests of the
     * inflected glossary search and of the glossary view.
     */
    public static Stream<Arguments> inflectedForms() {
        List<String> cybercrime = List.of(
                "киберпреступности",
                "киберпреступностью",
                "Киберпреступностью",
                "للجريمة السيبرانية",
                // one word without the article: concepts whose Arabic term has السيبرانية (not the masculine السيبراني)
                "سيبرانية",
                "سِيبرانيّة",
                "delitos cibernéticos",
                "cybercrimes");
        List<String> assembly = List.of("للجمعية العامة", "l'Assemblée générale", "L’ASSEMBLEE GENERALE");
        return Stream.concat(
                cybercrime.stream().map(form -> Arguments.of(form, "cybercrime")),
                assembly.stream().map(form -> Arguments.of(form, "assembly")));
    }
}
