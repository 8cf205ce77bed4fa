package org.statementworkbench.glossary.store;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.glossary.ConceptChange;
import org.statementworkbench.glossary.GlossaryChanged;

/**
 * Records every change of a concept (who, when, before and after) and bumps the glossary revision once per
 * transaction that changed something, publishing {@link GlossaryChanged} (delivered to listeners after commit).
 * Callers run inside their transaction.
 */
@Component
public class GlossaryLog {

    private final GlossaryChangeRepository changes;
    private final EntityManager em;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    public GlossaryLog(GlossaryChangeRepository changes, EntityManager em, DomainEvents events) {
        this.changes = changes;
        this.em = em;
        this.events = events;
    }

    public Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The concept as text, to pass as {@code before} to {@link #record}. */
    public static String snapshot(Concept concept) {
        return ConceptSnapshot.text(concept.toRecord());
    }

    /** Flushes the concept (so it has ids) and records the change. */
    public void record(Concept concept, String action, String username, Instant when, @Nullable String before) {
        em.flush();
        String after = snapshot(concept);
        String summary = before == null ? "created" : ConceptSnapshot.summary(before, after);
        changes.save(new GlossaryChangeEntry(concept.requireId(), username, when, action, summary, before, after));
    }

    /** Records many new concepts at once (imports): the summary says where they came from. */
    public void recordCreated(Concept concept, String action, String username, Instant when, String summary) {
        changes.save(
                new GlossaryChangeEntry(concept.requireId(), username, when, action, summary, null, snapshot(concept)));
    }

    /** A concept's history, newest first. */
    public List<ConceptChange> history(long conceptId) {
        return changes.findByConceptIdOrderByChangedAtDescIdDesc(conceptId).stream()
                .map(GlossaryChangeEntry::toRecord)
                .toList();
    }

    /** Bumps the revision and announces the change; call once per changing transaction. */
    public long bump() {
        em.createNativeQuery("update glossary_revision set revision = revision + 1 where id = 1")
                .executeUpdate();
        long revision = revision();
        events.publish(new GlossaryChanged(revision));
        return revision;
    }

    public long revision() {
        Object value = em.createNativeQuery("select revision from glossary_revision where id = 1")
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
