package org.statementworkbench.languagecheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * The latest results of checked texts, least recently used dropped first. An entry holds what LanguageTool found for
 * a language, text and rule settings, and that result settled against a glossary revision: it is served only for
 * that revision; under a newer glossary it is settled again (cheap) before it is served, so a glossary change never
 * makes LanguageTool run again, and a result of an older revision is never served. Thread-safe.
 */
final class CheckResultCache {

    record Key(UnLanguage language, String text, RuleSettings settings) {
        static Key of(UnLanguage language, String text, RuleSettings settings) {
            return new Key(language, text, settings);
        }
    }

    private record Cached(List<LanguageMatch> found, long revision, List<LanguageMatch> settled) {}

    private final Map<Key, Cached> entries;
    private long hits;
    private long misses;

    CheckResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("cache capacity must not be negative: " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Cached> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The settled matches of the text under this glossary, or null when the text is not in the cache. */
    @Nullable List<LanguageMatch> get(Key key, GlossaryMatchFilter glossary) {
        Cached entry;
        synchronized (this) {
            entry = entries.get(key);
            if (entry == null) {
                misses++;
                return null;
            }
            hits++;
            if (entry.revision() == glossary.revision()) {
                return entry.settled();
            }
        }
        return put(key, entry.found(), glossary);
    }

    /** Remembers what LanguageTool found and returns it settled against the glossary. */
    List<LanguageMatch> put(Key key, List<LanguageMatch> found, GlossaryMatchFilter glossary) {
        List<LanguageMatch> settled = glossary.apply(key.language(), key.text(), found);
        synchronized (this) {
            entries.put(key, new Cached(List.copyOf(found), glossary.revision(), settled));
        }
        return settled;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized void clear() {
        entries.clear();
    }
}
