package org.statementworkbench.glossary;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.glossary.store.GlossaryLog;
import org.statementworkbench.glossary.store.Term;

/**
 * The terminology the checks enforce: every approved term (and, as hints, every proposed one) of the concepts
 * that are not retired. Checks use the {@link ApprovedGlossary}'s snapshot of them, loaded once per revision;
 * {@link #revision()} tells whether what you hold is current. Read-only and open to every component, including background checks that run
 * without a signed-in user: it exposes nothing a signed-in person cannot search.
 */
@Service
public class GlossaryTerms {

    private final GlossaryLog log;
    private final EntityManager em;
    private final TransactionTemplate readTx;

    GlossaryTerms(GlossaryLog log, EntityManager em, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.em = em;
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** Approved and proposed terms of one language (BCP 47 code, e.g. "fr"). */
    public List<TermEntry> terms(String language) {
        return query(" and t.language = :language", Term.languageTag(language));
    }

    /**
     * The terms of every language at the current revision, read in one transaction; {@code known} itself when the
     * revision has not changed since it was read (the terms are then not read again).
     */
    public GlossarySnapshot snapshot(GlossarySnapshot known) {
        return Objects.requireNonNull(readTx.execute(s -> {
            long revision = log.revision();
            return revision == known.revision() ? known : GlossarySnapshot.of(revision, query("", null));
        }));
    }

    /** The current glossary revision: it grows with every committed change. */
    public long revision() {
        return Objects.requireNonNull(readTx.execute(s -> log.revision()));
    }

    private List<TermEntry> query(String filter, @Nullable String language) {
        return Objects.requireNonNull(readTx.execute(s -> {
            var q = em.createQuery(
                    "select new org.statementworkbench.glossary.TermEntry(c.id, c.externalId, t.id, "
                            + "t.language, t.text, t.type, t.status, t.caseSensitive, t.approval) from Term t join t.concept c "
                            + "where c.retiredAt is null and t.approval <> :rejected" + filter
                            + " order by c.id, t.position",
                    TermEntry.class);
            q.setParameter("rejected", Approval.REJECTED);
            if (language != null) {
                q.setParameter("language", language);
            }
            return q.getResultList();
        }));
    }
}
