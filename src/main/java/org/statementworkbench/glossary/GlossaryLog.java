package org.statementworkbench.glossary;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.events.DomainEvents;

/**
 * Records every change of a concept (who, when, before and after) and bumps the glossary revision once per
 * transaction that changed something, publishing {@link GlossaryChanged} (delivered to listeners after commit).
 * Callers run inside their transaction.
 */
@Component
class GlossaryLog {

    private final GlossaryChangeRepository changes;
    private final EntityManager em;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    GlossaryLog(GlossaryChangeRepository changes, EntityManager em, DomainEvents events) {
        this.changes = changes;
        this.em = em;
        this.events = events;
    }

    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The concept as text, to pass as {@code before} to {@link #record}. */
    static String snapshot(Concept concept) {
        return ConceptSnapshot.text(concept.toRecord());
    }

    /** Flushes the concept (so it has ids) and records the change. */
    void record(Concept concept, String action, String username, Instant when, @Nullable String before) {
        em.flush();
        String after = snapshot(concept);
        String summary = before == null ? "created" : ConceptSnapshot.summary(before, after);
        changes.save(new GlossaryChangeEntry(concept.requireId(), username, when, action, summary, before, after));
    }

    /** Records many new concepts at once (imports): the summary says where they came from. */
    void recordCreated(Concept concept, String action, String username, Instant when, String summary) {
        changes.save(
                new GlossaryChangeEntry(concept.requireId(), username, when, action, summary, null, snapshot(concept)));
    }

    /** Bumps the revision and announces the change; call once per changing transaction. */
    long bump() {
        em.createNativeQuery("update glossary_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
        long revision = revision();
        events.publish(new GlossaryChanged(revision));
        return revision;
    }

    long revision() {
        Object value = em.createNativeQuery("select revision from glossary_revision where id = 1")
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
