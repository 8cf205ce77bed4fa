package org.statementworkbench.languagecheck;

/** The check service as the benchmark needs it, outside Spring: no glossary, warm-up done by the caller. */
public final class BenchServices {

    private BenchServices() {}

    /** A service over this engine with a result cache of {@code cacheSize} texts (0: every text is checked). */
    public static LanguageCheckService service(LanguageChecker engine, int cacheSize) {
        LanguageCheckService service = new LanguageCheckService(
                engine, () -> GlossaryMatchFilter.NONE, false, cacheSize, InProcessLanguageChecker.DEFAULT_TIMEOUT);
        service.start();
        return service;
    }

    public static void stop(LanguageCheckService service) {
        service.stop();
    }

    public static long cacheHits(LanguageCheckService service) {
        return service.cache().hits();
    }
}
