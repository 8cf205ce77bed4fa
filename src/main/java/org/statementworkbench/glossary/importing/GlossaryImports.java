package org.statementworkbench.glossary.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.glossary.GlossaryExchangeService;
import org.statementworkbench.glossary.exchange.GlossaryFileContent;
import org.statementworkbench.glossary.exchange.GlossaryImportException;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.store.GlossaryLog;
import org.statementworkbench.glossary.store.StoredConcepts;

/**
 * The import behind {@link GlossaryExchangeService} (which checks the role) and the first-start load
 * ({@link ShippedGlossary}, as the user "system"): previews kept on the server for
 * {@link GlossaryExchangeService#PREVIEW_TTL}, at most {@link #MAX_PENDING} at a time, each used once.
 */
@Component
public class GlossaryImports {

    static final Duration PREVIEW_TTL = GlossaryExchangeService.PREVIEW_TTL;
    static final int MAX_BYTES = GlossaryExchangeService.MAX_BYTES;
    static final int MAX_PENDING = 4;

    private record Pending(String user, Instant created, List<IncomingConcept> concepts, ImportPreview preview) {}

    /** The checked concepts of a file, and what it holds that the glossary has no place for. */
    record ParsedFile(List<IncomingConcept> concepts, List<String> notImported) {}

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ImportClassifier classifier;
    private final NewConcepts newConcepts;
    private final ImportUpdates updates;
    private final GlossaryLog log;
    private final StoredConcepts stored;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    GlossaryImports(
            ImportClassifier classifier,
            NewConcepts newConcepts,
            ImportUpdates updates,
            GlossaryLog log,
            StoredConcepts stored,
            PlatformTransactionManager transactionManager) {
        this.classifier = classifier;
        this.newConcepts = newConcepts;
        this.updates = updates;
        this.log = log;
        this.stored = stored;
        this.tx = new TransactionTemplate(transactionManager);
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** Reads, checks and compares; the preview is kept for {@link #commit}. */
    private static final org.slf4j.Logger timing = org.slf4j.LoggerFactory.getLogger(GlossaryImports.class);

    public ImportPreview prepare(byte[] content, String fileName, ImportFormat format, String user) {
        long start = System.nanoTime();
        ParsedFile file = parse(content, format);
        List<IncomingConcept> concepts = file.concepts();
        long parsed = System.nanoTime();
        ImportPreview preview = Objects.requireNonNull(readTx.execute(s -> new ImportPreview(
                UUID.randomUUID().toString(),
                fileName,
                format,
                log.revision(),
                classifier.classify(concepts),
                file.notImported())));
        keep(new Pending(user, log.now(), concepts, preview));
        timing.debug(
                "{}: parsed and checked in {} ms, compared in {} ms",
                fileName,
                (parsed - start) / 1_000_000,
                (System.nanoTime() - parsed) / 1_000_000);
        return preview;
    }

    /** Parses and checks everything; throws {@link GlossaryImportException} naming the line or concept at fault. */
    static ParsedFile parse(byte[] content, ImportFormat format) {
        if (content.length > MAX_BYTES) {
            throw new GlossaryImportException(
                    "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB. Nothing was imported.");
        }
        GlossaryFileContent file = format.read(content);
        List<TbxConcept> read = file.concepts();
        if (read.isEmpty()) {
            throw new GlossaryImportException("The file holds no concepts. Nothing was imported.");
        }
        List<IncomingConcept> concepts = new ArrayList<>(read.size());
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < read.size(); i++) {
            IncomingConcept c = IncomingConcept.of(i + 1, read.get(i), format == ImportFormat.CSV);
            if (c.externalId() != null && !ids.add(c.externalId())) {
                throw new GlossaryImportException("Concept " + (i + 1) + ": the id '" + c.externalId()
                        + "' is used by an earlier concept of the file too. Nothing was imported.");
            }
            concepts.add(c);
        }
        return new ParsedFile(concepts, file.notImportedDescribed());
    }

    private void keep(Pending p) {
        Instant oldest = p.created().minus(PREVIEW_TTL);
        pending.values().removeIf(x -> x.created().isBefore(oldest));
        while (pending.size() >= MAX_PENDING) {
            pending.entrySet().stream()
                    .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Pending::created)))
                    .ifPresent(e -> pending.remove(e.getKey()));
        }
        pending.put(p.preview().id(), p);
    }

    /** Applies the decisions in one transaction; see {@link GlossaryExchangeService#commit}. */
    public ImportResult commit(ImportPreview preview, ImportDecisions decisions, String user) {
        Pending p = pending.remove(preview.id());
        if (p == null
                || !p.user().equals(user)
                || p.created().isBefore(log.now().minus(PREVIEW_TTL))) {
            throw new IllegalStateException(
                    "This preview has expired or was already used; upload the file again. " + "Nothing was imported.");
        }
        try {
            return Objects.requireNonNull(tx.execute(s -> apply(p, decisions, user)));
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new GlossaryImportException(
                    why.endsWith("Nothing was imported.") ? why : "The import failed and nothing was imported: " + why,
                    e);
        }
    }

    private ImportResult apply(Pending p, ImportDecisions decisions, String user) {
        long revision = stored.lockedRevision();
        if (revision != p.preview().revision()) {
            throw new IllegalStateException(
                    "The glossary changed since the preview; preview the file again. " + "Nothing was imported.");
        }
        Instant now = log.now();
        int merged = 0;
        int replaced = 0;
        int skipped = 0;
        int unchanged = 0;
        List<IncomingConcept> created = new ArrayList<>();
        for (ImportPreview.Row row : p.preview().rows()) {
            IncomingConcept incoming = p.concepts().get(row.row() - 1);
            ImportDecision decision = decisions.decisionFor(row);
            if (row.status() == ConceptImportStatus.UNCHANGED) {
                unchanged++;
            } else if (decision == ImportDecision.SKIP) {
                skipped++;
            } else if (row.status() == ConceptImportStatus.NEW) {
                created.add(incoming);
            } else {
                updates.apply(Objects.requireNonNull(row.existingId()), incoming, decision, user, now);
                if (decision == ImportDecision.REPLACE) {
                    replaced++;
                } else {
                    merged++;
                }
            }
        }
        String name = p.preview().fileName();
        newConcepts.insert(
                created, user, now, "imported from " + (name.length() > 200 ? name.substring(0, 200) : name));
        long after = created.size() + merged + replaced > 0 ? log.bump() : revision;
        return new ImportResult(created.size(), merged, replaced, skipped, unchanged, after);
    }

    public void discard(String previewId) {
        pending.remove(previewId);
    }
}
