package org.statementworkbench.glossary.importing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.store.Concept;
import org.statementworkbench.glossary.store.GlossaryLog;

/**
 * Applies an incoming concept to a stored one, merging or replacing, and records the change with before and
 * after. Runs inside the caller's transaction.
 */
@Component
class ImportUpdates {

    private final EntityManager em;
    private final GlossaryLog log;

    ImportUpdates(EntityManager em, GlossaryLog log) {
        this.em = em;
        this.log = log;
    }

    void apply(long conceptId, IncomingConcept incoming, ImportDecision decision, String user, Instant now) {
        Concept concept = em.find(Concept.class, conceptId);
        if (concept == null) {
            throw new IllegalStateException("Concept " + conceptId + " is gone since the preview.");
        }
        String before = GlossaryLog.snapshot(concept);
        GlossaryConcept current = concept.toRecord();
        if (decision == ImportDecision.REPLACE) {
            replace(concept, current, incoming.completedFrom(current), user, now);
        } else {
            merge(concept, current, incoming, user, now);
        }
        concept.touched(user, now);
        log.record(
                concept, decision == ImportDecision.REPLACE ? "import-replaced" : "import-merged", user, now, before);
    }

    /** Adds the terms the concept lacks and the subject fields; fills an empty definition, note and source. */
    private static void merge(
            Concept concept, GlossaryConcept current, IncomingConcept incoming, String user, Instant now) {
        Set<String> have = new HashSet<>();
        current.terms().forEach(t -> have.add(IncomingConcept.key(t)));
        List<TermDraft> drafts = new ArrayList<>(
                current.terms().stream().map(GlossaryTerm::toDraft).toList());
        List<TermDraft> incomingDrafts = incoming.termDrafts();
        for (int i = 0; i < incoming.terms().size(); i++) {
            if (have.add(incoming.key(i))) {
                drafts.add(incomingDrafts.get(i));
            }
        }
        concept.describeAlso(incoming.subjectFields(), incoming.definition(), incoming.note(), incoming.source());
        concept.replaceTerms(drafts, user, now);
    }

    /**
     * The incoming subject fields, definition, note, source and terms; a stored approved term with the same
     * language and text is edited in place (keeping its id), terms under review or rejected are kept as they are
     * and an incoming term equal to one of them is left to the review queue.
     */
    private static void replace(
            Concept concept, GlossaryConcept current, IncomingConcept incoming, String user, Instant now) {
        Map<String, Long> approved = new HashMap<>();
        Set<String> underReview = new HashSet<>();
        for (GlossaryTerm t : current.terms()) {
            if (t.approval() == Approval.APPROVED) {
                approved.putIfAbsent(IncomingConcept.key(t), t.id());
            } else {
                underReview.add(IncomingConcept.key(t));
            }
        }
        List<TermDraft> drafts = new ArrayList<>();
        List<TermDraft> incomingDrafts = incoming.termDrafts();
        for (int i = 0; i < incoming.terms().size(); i++) {
            String key = incoming.key(i);
            if (!underReview.contains(key)) {
                drafts.add(incomingDrafts.get(i).withId(approved.get(key)));
            }
        }
        current.terms().stream().filter(t -> t.approval() != Approval.APPROVED).forEach(t -> drafts.add(t.toDraft()));
        concept.describe(incoming.subjectFields(), incoming.definition(), incoming.note(), incoming.source());
        concept.replaceTerms(drafts, user, now);
    }
}
