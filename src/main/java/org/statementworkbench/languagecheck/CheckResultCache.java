package org.statementworkbench.languagecheck;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * The latest results of checked texts in a Caffeine cache bounded by entry count, with hit and miss statistics. An
 * entry holds what LanguageTool found for a language, text and rule settings, and that result settled against a
 * glossary revision: it is served only for that revision; under a newer glossary it is settled again (cheap) before
 * it is served, so a glossary change never makes LanguageTool run again, and a result of an older revision is never
 * served. Thread-safe.
 */
final class CheckResultCache {

    record Key(UnLanguage language, String text, RuleSettings settings) {
        static Key of(UnLanguage language, String text, RuleSettings settings) {
            return new Key(language, text, settings);
        }
    }

    private record Cached(List<LanguageMatch> found, long revision, List<LanguageMatch> settled) {}

    private final Cache<Key, Cached> entries;

    CheckResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative: " + capacity);
        }
        // eviction runs on the calling thread: no background task outlives the service
        this.entries = Caffeine.newBuilder()
                .maximumSize(capacity)
                .recordStats()
                .executor(Runnable::run)
                .build();
    }

    /** The settled matches of the text under this glossary, or null when the text is not in the cache. */
    @Nullable
    List<LanguageMatch> get(Key key, GlossaryMatchFilter glossary) {
        Cached entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (entry.revision() == glossary.revision()) {
            return entry.settled();
        }
        return put(key, entry.found(), glossary);
    }

    /** Remembers what LanguageTool found and returns it settled against the glossary. */
    List<LanguageMatch> put(Key key, List<LanguageMatch> found, GlossaryMatchFilter glossary) {
        List<LanguageMatch> settled = glossary.apply(key.language(), key.text(), found);
        entries.put(key, new Cached(List.copyOf(found), glossary.revision(), settled));
        return settled;
    }

    long size() {
        return entries.estimatedSize();
    }

    /** Hits, misses, evictions since start. */
    CacheStats stats() {
        return entries.stats();
    }

    long hits() {
        return entries.stats().hitCount();
    }

    long misses() {
        return entries.stats().missCount();
    }

    void clear() {
        entries.invalidateAll();
    }
}
