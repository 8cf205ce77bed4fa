package org.statementworkbench.terminology;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.glossary.ApprovedGlossary;
import org.statementworkbench.glossary.GlossarySnapshot;

/**
 * The term matchers of every language, built from the {@link ApprovedGlossary}'s snapshot and rebuilt on the
 * {@code terminology-index} thread after each new snapshot (snapshots arriving meanwhile are folded into one rebuild),
 * so that every open editor checks against the current glossary within seconds, without a restart. Readers never
 * wait for a rebuild: they use the last complete matchers.
 */
@Service
public class TerminologyIndex {

    private static final Logger log = LoggerFactory.getLogger(TerminologyIndex.class);
    private static final Duration FIRST_LOAD_WAIT = Duration.ofMinutes(1);

    private final ApprovedGlossary glossary;
    private final DomainEvents events;
    private final Executor rebuilder;
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile @Nullable Snapshot snapshot;

    /** The matchers and terms of one glossary revision. */
    record Snapshot(
            GlossarySnapshot glossary,
            Map<UnLanguage, TermMatcher> matchers,
            ConcurrentHashMap<String, TermChecker> checkers) {

        long revision() {
            return glossary.revision();
        }
    }

    TerminologyIndex(ApprovedGlossary glossary, DomainEvents events, TerminologyIndexExecutor rebuilder) {
        this.glossary = glossary;
        this.events = events;
        this.rebuilder = rebuilder;
    }

    @EventListener
    void glossaryLoaded(GlossarySnapshot loaded) {
        if (!rebuildQueued.compareAndSet(false, true)) {
            return; // a rebuild that has not started yet will take the latest snapshot
        }
        try {
            rebuilder.execute(this::rebuild);
        } catch (RejectedExecutionException e) { // shutting down
            rebuildQueued.set(false);
        }
    }

    private void rebuild() {
        rebuildQueued.set(false);
        GlossarySnapshot latest = glossary.lastLoaded();
        Snapshot s = snapshot;
        if (s != null && s.revision() == latest.revision()) {
            return;
        }
        try {
            Snapshot built = build(latest);
            snapshot = built;
            events.publish(new TerminologyUpdated(built.revision()));
        } catch (RuntimeException e) {
            log.error("Rebuilding the term matchers failed; the previous glossary revision stays in use", e);
        }
    }

    private static Snapshot build(GlossarySnapshot glossary) {
        long start = System.nanoTime();
        Map<UnLanguage, TermMatcher> matchers = new EnumMap<>(UnLanguage.class);
        glossary.terms()
                .forEach((lang, list) -> matchers.put(lang, new TermMatcher(Analyzers.forLanguage(lang.code()), list)));
        log.info(
                "Term matchers for glossary revision {}: {} terms in {} languages, built in {} ms",
                glossary.revision(),
                glossary.size(),
                matchers.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Snapshot(glossary, Map.copyOf(matchers), new ConcurrentHashMap<>());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) { // before the first snapshot was published: wait for it
                    s = build(glossary.now(FIRST_LOAD_WAIT));
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** The current snapshot, for the indexes built from the same terms ({@link TermWordIndex}). */
    Snapshot snapshot() {
        return current();
    }

    /** The glossary revision the matchers were built from. */
    public long revision() {
        return current().revision();
    }

    /** The matcher of a language (one with no terms if the glossary has none in it). */
    public TermMatcher matcher(UnLanguage language) {
        return matcher(current(), language);
    }

    private static TermMatcher matcher(Snapshot s, UnLanguage language) {
        TermMatcher m = s.matchers().get(language);
        return m != null ? m : new TermMatcher(Analyzers.forLanguage(language.code()), List.of());
    }

    /** The checker for a language pair at the current revision. */
    public TermChecker checker(UnLanguage source, UnLanguage target) {
        Snapshot s = current();
        return s.checkers()
                .computeIfAbsent(
                        source.code() + ">" + target.code(),
                        k -> new TermChecker(
                                matcher(s, source),
                                s.glossary().terms(source),
                                matcher(s, target),
                                s.glossary().terms(target)));
    }
}
