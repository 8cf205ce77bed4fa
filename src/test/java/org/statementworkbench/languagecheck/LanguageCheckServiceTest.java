package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.GlossaryFiles;
import org.statementworkbench.glossary.GlossarySnapshot;
import org.statementworkbench.glossary.TermEntry;

/** The check service with real LanguageTool: cache, glossary changes, time-outs, failures, batches, suggestions. */
class LanguageCheckServiceTest {

    static final Duration WAIT = Duration.ofMinutes(3);

    static InProcessLanguageChecker engine;
    static List<TermEntry> glossary;
    final List<LanguageCheckService> services = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        engine = new InProcessLanguageChecker();
        glossary = GlossaryFiles.read(Files.readAllBytes(Path.of("glossary", "un-glossary.csv")), "un-glossary.csv");
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @AfterEach
    void stopServices() {
        services.forEach(BenchServices::stop);
    }

    LanguageCheckService service(LanguageChecker checker, Supplier<GlossarySnapshot> source, Duration timeout) {
        return service(checker, BenchServices.glossary(source), timeout);
    }

    LanguageCheckService service(LanguageChecker checker, BenchServices.TestGlossary glossary, Duration timeout) {
        LanguageCheckService service = BenchServices.service(checker, glossary, false, 1_000, timeout);
        service.start();
        services.add(service);
        return service;
    }

    static CheckResult await(CompletableFuture<CheckResult> future) throws Exception {
        return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aTextCheckedBeforeComesFromTheCacheAtOnce() throws Exception {
        CountingChecker counting = new CountingChecker(engine);
        LanguageCheckService service = service(counting, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(10));
        String text = "La Commission a adopté la resolution sans vote.";
        CheckResult first = await(service.check(UnLanguage.FR, text, RuleSettings.DEFAULT));
        assertThat(first.checked()).isTrue();
        assertThat(first.matches()).anyMatch(m -> m.covered(text).equals("resolution"));

        CompletableFuture<CheckResult> again = service.check(UnLanguage.FR, text, RuleSettings.DEFAULT);
        assertThat(again).isDone();
        assertThat(again.get().matches()).isEqualTo(first.matches());
        assertThat(counting.checks).hasValue(1);
        assertThat(service.cache().hits()).isEqualTo(1);

        String rule = first.matches().getFirst().ruleId();
        CheckResult otherSettings = await(service.check(UnLanguage.FR, text, new RuleSettings(java.util.Set.of(rule))));
        assertThat(otherSettings.matches()).noneMatch(m -> m.ruleId().equals(rule));
        assertThat(counting.checks).as("other rule settings are another entry").hasValue(2);
    }

    @Test
    void afterAGlossaryChangeNoResultOfTheOlderRevisionIsServed() throws Exception {
        String text = "The Commission welcomed the work of UNODC and ESCAP in South-East Asia.";
        List<TermEntry> withoutEscap =
                glossary.stream().filter(t -> !t.text().equals("ESCAP")).toList();
        AtomicReference<GlossarySnapshot> database = new AtomicReference<>(GlossarySnapshot.of(1, withoutEscap));
        BenchServices.TestGlossary approved = BenchServices.glossary(database::get);
        CountingChecker counting = new CountingChecker(engine);
        LanguageCheckService service = service(counting, approved, Duration.ofSeconds(10));

        CheckResult before = await(service.check(UnLanguage.EN, text, RuleSettings.DEFAULT));
        assertThat(before.matches())
                .anyMatch(m -> m.kind() == MatchKind.SPELLING && m.covered(text).equals("ESCAP"));

        database.set(GlossarySnapshot.of(2, glossary)); // a glossary manager approves "ESCAP"
        approved.glossary().reload(); // as on GlossaryChanged
        CheckResult after = await(service.check(UnLanguage.EN, text, RuleSettings.DEFAULT));
        assertThat(after.matches()).noneMatch(m -> m.covered(text).equals("ESCAP"));
        assertThat(counting.checks).as("LanguageTool's own findings are reused").hasValue(1);

        List<CheckRequest> batch = List.of(new CheckRequest("s1", UnLanguage.EN, text, RuleSettings.DEFAULT));
        Map<String, CheckResult> all =
                service.checkAll(batch, (done, total) -> {}).results().get(1, TimeUnit.MINUTES);
        assertThat(all.get("s1").matches()).isEqualTo(after.matches());
    }

    @Test
    void aTextThatTakesTooLongIsNotCheckedAndSaysWhy() throws Exception {
        InProcessLanguageChecker impatient =
                new InProcessLanguageChecker(UnStyleProfile.load(), 1, Duration.ofMillis(1));
        LanguageCheckService service = service(impatient, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(30));
        String text = String.join(" ", SdgSentences.sample(UnLanguage.FR, 20));
        CheckResult result = await(service.check(UnLanguage.FR, text, RuleSettings.DEFAULT));
        assertThat(result.outcome()).isEqualTo(CheckResult.Outcome.NOT_CHECKED);
        assertThat(result.reason()).isEqualTo("LanguageTool took longer than 1 ms on this text");
    }

    @Test
    void anEngineThatHangsIsCutOffByTheService() throws Exception {
        LanguageChecker hanging = new FailingChecker(() -> {
            try {
                Thread.sleep(20_000); // not a wait: an engine that hangs, until the service cuts it off
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        LanguageCheckService service = service(hanging, () -> GlossarySnapshot.EMPTY, Duration.ofMillis(300));
        long start = System.nanoTime();
        CheckResult result =
                await(service.check(UnLanguage.RU, "Генеральная Ассамблея приняла резолюцию.", RuleSettings.DEFAULT));
        assertThat(result.outcome()).isEqualTo(CheckResult.Outcome.NOT_CHECKED);
        assertThat(result.reason()).isEqualTo("LanguageTool took longer than 300 ms on this text");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFailingCheckIsNotCheckedAndSaysWhyAndIsNotCached() throws Exception {
        LanguageChecker broken = new FailingChecker(() -> {
            throw new IllegalStateException("the Arabic dictionary could not be read");
        });
        CountingChecker counting = new CountingChecker(broken);
        LanguageCheckService service = service(counting, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(10));
        String text = "اعتمدت الجمعية العامة القرار.";
        CheckResult result = await(service.check(UnLanguage.AR, text, RuleSettings.DEFAULT));
        assertThat(result.outcome()).isEqualTo(CheckResult.Outcome.NOT_CHECKED);
        assertThat(result.reason()).contains("the Arabic dictionary could not be read");
        // not cached: the same text asked again reaches the engine again (a cached result would not)
        CheckResult again = await(service.check(UnLanguage.AR, text, RuleSettings.DEFAULT));
        assertThat(again.outcome()).isEqualTo(CheckResult.Outcome.NOT_CHECKED);
        assertThat(counting.checks).hasValue(2);

        LanguageChecker refusing = new FailingChecker(() -> {
            throw new LanguageCheckException("LanguageTool could not load Arabic: out of memory");
        });
        CheckResult refused = await(service(refusing, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(10))
                .check(UnLanguage.AR, text, RuleSettings.DEFAULT));
        assertThat(refused.reason()).isEqualTo("LanguageTool could not load Arabic: out of memory");
    }

    @Test
    void aLanguageStillWarmingUpAnswersWarming() {
        LanguageCheckService service = BenchServices.service(
                new InProcessLanguageChecker(),
                BenchServices.glossary(() -> GlossarySnapshot.EMPTY),
                true,
                100,
                Duration.ofSeconds(10));
        services.add(service);
        CompletableFuture<CheckResult> result =
                service.check(UnLanguage.ES, "La Asamblea General aprobó la resolución.", RuleSettings.DEFAULT);
        assertThat(result).isDone();
        assertThat(result.join().outcome()).isEqualTo(CheckResult.Outcome.WARMING);
        assertThat(result.join().reason()).isEqualTo("Spanish checking available shortly");
        assertThat(service.ready(UnLanguage.ES)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | أكد ممثل الامم المتحدة على التعاون. | الامم | الأمم
            fr | La Commission a adopté la resolution sans vote. | resolution | résolution
            en | The Commision adopted the resolution without a vote. | Commision | Commission
            es | La Asamblea General aprobó la resolucion sin votación. | resolucion | resolución
            ru | Генеральная Ассамблея приняла резолюцию без голосованя. | голосованя | голосования
            fr | Le Conseil a adopté la déclaration. La Commission a adopté la resolution sans vote. | resolution | résolution
            """)
    void spellingSuggestionsComeOnRequestAndAreThoseOfPlainLanguageTool(
            String code, String text, String word, String expected) throws Exception {
        UnLanguage language = UnLanguage.ofCode(code);
        LanguageCheckService service = service(engine, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(10));
        LanguageMatch match = LanguageMatches.covering(
                await(service.check(language, text, RuleSettings.DEFAULT)).matches(), text, word);
        assertThat(match.kind()).isEqualTo(MatchKind.SPELLING);
        assertThat(match.suggestionsPending()).isTrue();
        assertThat(match.suggestions()).isEmpty();

        List<String> suggestions = service.suggestions(language, text, match).get(1, TimeUnit.MINUTES);
        assertThat(suggestions).contains(expected);
        assertThat(suggestions)
                .isEqualTo(
                        new PlainLanguageTool(language).suggestions(text, match.ruleId(), match.start(), match.end()));
    }

    @Test
    void grammarMatchesComeWithTheirSuggestions() throws Exception {
        String text = "The Commission adopted the the resolution without a vote.";
        LanguageMatch match =
                engine.check(UnLanguage.EN, text, RuleSettings.DEFAULT).getFirst();
        assertThat(match.suggestionsPending()).isFalse();
        assertThat(match.suggestions()).contains("the");
    }

    @Test
    void thePoolGivesTheSameResultsToSeveralThreadsAsToOne() throws Exception {
        List<String> texts = new ArrayList<>(SdgSentences.sample(UnLanguage.FR, 40));
        for (int i = 0; i < texts.size(); i += 4) { // the SDG sentences are correct French: give some a typing error
            texts.set(i, texts.get(i) + " La résolution a été adoptée sans vot.");
        }
        List<List<LanguageMatch>> alone = texts.stream()
                .map(t -> engine.check(UnLanguage.FR, t, RuleSettings.DEFAULT))
                .toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, texts.size())
                        .boxed()
                        .toList());
                Collections.shuffle(order, new Random(thread));
                runs.add(threads.submit(() -> order.stream()
                        .allMatch(i -> engine.check(UnLanguage.FR, texts.get(i), RuleSettings.DEFAULT)
                                .equals(alone.get(i)))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get(5, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(alone).anyMatch(matches -> !matches.isEmpty());
    }

    @Test
    void aBatchReportsProgressAndAnswersEveryText() throws Exception {
        LanguageCheckService service = service(engine, () -> GlossarySnapshot.of(1, glossary), Duration.ofSeconds(10));
        List<CheckRequest> requests = new ArrayList<>();
        for (UnLanguage language : List.of(UnLanguage.ES, UnLanguage.RU)) {
            List<String> texts = SdgSentences.sample(language, 25);
            for (int i = 0; i < texts.size(); i++) {
                requests.add(new CheckRequest(language.code() + i, language, texts.get(i), RuleSettings.DEFAULT));
            }
        }
        List<int[]> progress = new CopyOnWriteArrayList<>();
        BatchCheck batch = service.checkAll(requests, (done, total) -> progress.add(new int[] {done, total}));
        Map<String, CheckResult> results = batch.results().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(results)
                .hasSize(50)
                .allSatisfy((key, r) -> assertThat(r.checked()).isTrue());
        assertThat(batch.done()).isEqualTo(batch.total()).isEqualTo(50);
        assertThat(progress).hasSize(50).last().satisfies(p -> assertThat(p).containsExactly(50, 50));

        List<int[]> again = new CopyOnWriteArrayList<>();
        Map<String, CheckResult> cached = service.checkAll(
                        requests, (done, total) -> again.add(new int[] {done, total}))
                .results()
                .get(1, TimeUnit.MINUTES);
        assertThat(cached).isEqualTo(results);
        assertThat(again).as("all from the cache: one step").hasSize(1);
    }

    @Test
    void aCancelledBatchStopsTheTextsNotYetStarted() throws Exception {
        CountingChecker counting = new CountingChecker(engine);
        LanguageCheckService service = service(counting, () -> GlossarySnapshot.EMPTY, Duration.ofSeconds(10));
        engine.warmUp(UnLanguage.RU);
        List<String> texts = SdgSentences.sample(UnLanguage.RU, 300);
        List<CheckRequest> requests = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            requests.add(new CheckRequest("ru" + i, UnLanguage.RU, texts.get(i), RuleSettings.DEFAULT));
        }
        AtomicReference<BatchCheck> ref = new AtomicReference<>();
        BatchCheck batch = service.checkAll(requests, (done, total) -> {
            if (done >= 3 && ref.get() != null) {
                ref.get().cancel();
            }
        });
        ref.set(batch);
        Map<String, CheckResult> results = batch.results().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(batch.cancelled()).isTrue();
        // for a second after the cancel, the checks already started may end but no more are started
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5))
                .until(() -> counting.checks.get() < 100);
        assertThat(results.size()).isLessThan(300);
    }

    /** An engine that does what it is told on every check: fail, or hang. */
    private record FailingChecker(Supplier<List<LanguageMatch>> behaviour) implements LanguageChecker {
        @Override
        public List<LanguageMatch> check(UnLanguage language, String text, RuleSettings settings) {
            return behaviour.get();
        }

        @Override
        public List<String> suggestions(UnLanguage language, String text, LanguageMatch match) {
            return List.of();
        }

        @Override
        public void warmUp(UnLanguage language) {}

        @Override
        public boolean ready(UnLanguage language) {
            return true;
        }
    }
}
