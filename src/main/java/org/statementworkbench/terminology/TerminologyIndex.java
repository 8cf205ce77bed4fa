package org.statementworkbench.terminology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.glossary.GlossaryChanged;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.TermEntry;

/**
 * The term matchers of every language, built from the glossary and rebuilt in the background after each committed
 * glossary change (changes arriving meanwhile are folded into one rebuild), so that every open editor checks
 * against the current glossary within seconds, without a restart. Readers never wait for a rebuild: they use the
 * last complete snapshot.
 */
@Service
public class TerminologyIndex {

    private static final Logger log = LoggerFactory.getLogger(TerminologyIndex.class);

    private final GlossaryTerms glossary;
    private final DomainEvents events;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "terminology-index");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile @Nullable Snapshot snapshot;

    /** The matchers and terms of one glossary revision. */
    record Snapshot(
            long revision,
            Map<String, List<TermEntry>> terms,
            Map<String, TermMatcher> matchers,
            ConcurrentHashMap<String, TermChecker> checkers) {}

    TerminologyIndex(GlossaryTerms glossary, DomainEvents events) {
        this.glossary = glossary;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        scheduleRebuild();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void glossaryChanged(GlossaryChanged event) {
        scheduleRebuild();
    }

    private void scheduleRebuild() {
        if (rebuildQueued.compareAndSet(false, true)) {
            rebuilder.execute(() -> {
                rebuildQueued.set(false);
                try {
                    Snapshot built = build();
                    snapshot = built;
                    events.publish(new TerminologyUpdated(built.revision()));
                } catch (RuntimeException e) {
                    log.error("Rebuilding the term matchers failed; the previous glossary revision stays in use", e);
                }
            });
        }
    }

    private Snapshot build() {
        long start = System.nanoTime();
        long revision = glossary.revision();
        Map<String, List<TermEntry>> terms =
                glossary.allTerms().stream().collect(Collectors.groupingBy(TermEntry::language));
        Map<String, TermMatcher> matchers = new HashMap<>();
        terms.forEach((lang, list) -> matchers.put(lang, new TermMatcher(Analyzers.forLanguage(lang), list)));
        log.info(
                "Term matchers for glossary revision {}: {} terms in {} languages, built in {} ms",
                revision,
                terms.values().stream().mapToInt(List::size).sum(),
                terms.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new Snapshot(revision, Map.copyOf(terms), Map.copyOf(matchers), new ConcurrentHashMap<>());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = build();
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
    public TermMatcher matcher(String language) {
        return matcher(current(), language);
    }

    private static TermMatcher matcher(Snapshot s, String language) {
        TermMatcher m = s.matchers().get(language);
        return m != null ? m : new TermMatcher(Analyzers.forLanguage(language), List.of());
    }

    /** The checker for a language pair at the current revision. */
    public TermChecker checker(String source, String target) {
        Snapshot s = current();
        return s.checkers()
                .computeIfAbsent(
                        source + ">" + target,
                        k -> new TermChecker(
                                matcher(s, source),
                                s.terms().getOrDefault(source, List.of()),
                                matcher(s, target),
                                s.terms().getOrDefault(target, List.of())));
    }
}
