package org.statementworkbench.glossary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.store.GlossaryLog;

/**
 * The terminology the checks enforce: every approved term (and, as hints, every proposed one) in the six UN
 * languages of the concepts that are not retired (terms the glossary keeps in other languages are not enforced).
 * Checks use the {@link ApprovedGlossary}'s snapshot of them, loaded once per revision;
 * {@link #revision()} tells whether what you hold is current. Read-only and open to every component, including background checks that run
 * without a signed-in user: it exposes nothing a signed-in person cannot search.
 */
@Service
public class GlossaryTerms {

    private static final List<String> UN_CODES =
            Arrays.stream(UnLanguage.values()).map(UnLanguage::code).toList();

    private final GlossaryLog log;
    private final EntityManager em;
    private final TransactionTemplate readTx;

    GlossaryTerms(GlossaryLog log, EntityManager em, PlatformTransactionManager transactionManager) {
        this.log = log;
        this.em = em;
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** Approved and proposed terms of one language. */
    public List<TermEntry> terms(UnLanguage language) {
        return query(List.of(language.code()));
    }

    /**
     * The terms of every language at the current revision, read in one transaction; {@code known} itself when the
     * revision has not changed since it was read (the terms are then not read again).
     */
    public GlossarySnapshot snapshot(GlossarySnapshot known) {
        return Objects.requireNonNull(readTx.execute(s -> {
            long revision = log.revision();
            return revision == known.revision() ? known : GlossarySnapshot.of(revision, query(UN_CODES));
        }));
    }

    /** The current glossary revision: it grows with every committed change. */
    public long revision() {
        return Objects.requireNonNull(readTx.execute(s -> log.revision()));
    }

    /** The terms stored under these tags (codes of UN languages), in glossary order. */
    private List<TermEntry> query(List<String> languages) {
        return Objects.requireNonNull(readTx.execute(s -> em.createQuery(
                        "select c.id, c.externalId, t.id, t.language, t.text, t.type, t.status, t.caseSensitive, "
                                + "t.approval from Term t join t.concept c where c.retiredAt is null "
                                + "and t.approval <> :rejected and t.language in :languages order by c.id, t.position",
                        Tuple.class)
                .setParameter("rejected", Approval.REJECTED)
                .setParameter("languages", languages)
                .getResultStream()
                .map(GlossaryTerms::entry)
                .toList()));
    }

    private static TermEntry entry(Tuple row) {
        return new TermEntry(
                row.get(0, Long.class),
                row.get(1, String.class),
                row.get(2, Long.class),
                UnLanguage.ofCode(row.get(3, String.class)),
                row.get(4, String.class),
                row.get(5, TermType.class),
                row.get(6, UsageStatus.class),
                row.get(7, Boolean.class),
                row.get(8, Approval.class));
    }
}
