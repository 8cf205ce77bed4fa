package org.statementworkbench.languagecheck;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The LanguageTool instances of one language: one shared {@link Language} (its dictionaries and pattern rules are
 * loaded once) and at most {@code capacity} {@link PooledLanguageTool}s, created when needed. A check borrows one
 * (waiting while all are busy) and gives it back.
 */
final class LanguageToolPool {

    private final UnStyleProfile profile;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<PooledLanguageTool> idle = new ConcurrentLinkedQueue<>();
    private volatile @Nullable Language language;
    private volatile @Nullable SpellingSuggestions suggestions;

    LanguageToolPool(UnStyleProfile profile, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a pool needs room for at least one LanguageTool instance");
        }
        this.profile = profile;
        this.permits = new Semaphore(capacity, true);
    }

    /**
     * A tool for one check, loaded and warmed up (creating one takes seconds); give it back with {@link #giveBack}.
     *
     * @throws LanguageCheckException when none is free within {@code waitMillis}
     */
    PooledLanguageTool borrow(long waitMillis) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new LanguageCheckException("LanguageTool is busy; try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageCheckException("The check was interrupted", e);
        }
        PooledLanguageTool tool = idle.poll();
        if (tool != null) {
            return tool;
        }
        try {
            PooledLanguageTool created = new PooledLanguageTool(language(), profile);
            created.warmUp();
            return created;
        } catch (RuntimeException e) {
            permits.release();
            throw new LanguageCheckException(
                    "LanguageTool could not load " + profile.language().englishName() + ": " + e.getMessage(), e);
        }
    }

    void giveBack(PooledLanguageTool tool) {
        idle.offer(tool);
        permits.release();
    }

    /** The shared spelling-suggestion engine of the language. */
    SpellingSuggestions suggestions() {
        SpellingSuggestions s = suggestions;
        if (s == null) {
            synchronized (this) {
                s = suggestions;
                if (s == null) {
                    s = new SpellingSuggestions(language());
                    suggestions = s;
                }
            }
        }
        return s;
    }

    /** How many instances are made and idle (for tests and logs). */
    int idleCount() {
        return idle.size();
    }

    private Language language() {
        Language l = language;
        if (l == null) {
            synchronized (this) {
                l = language;
                if (l == null) {
                    l = Languages.getLanguageForShortCode(profile.languageToolCode());
                    language = l;
                }
            }
        }
        return l;
    }
}
