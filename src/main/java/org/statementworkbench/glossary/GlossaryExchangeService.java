package org.statementworkbench.glossary;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statementworkbench.glossary.exchange.ExportedConcepts;
import org.statementworkbench.glossary.exchange.GlossaryCsv;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.exchange.TbxReader;
import org.statementworkbench.glossary.exchange.TbxWriter;
import org.statementworkbench.glossary.importing.GlossaryImports;
import org.statementworkbench.glossary.importing.ImportDecisions;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.glossary.importing.ImportResult;
import org.statementworkbench.glossary.store.StoredConcepts;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * Glossary import and export, for glossary managers and administrators.
 *
 * <p>An import is previewed first: the whole file (TBX v3 or v2, or the glossary CSV) is read and checked, and
 * any error, naming its line or concept, stops it before anything changes. Each concept is then compared with the
 * glossary ({@code importing.ImportClassifier} has the rules for NEW, UNCHANGED, CHANGED, DUPLICATE and CONFLICTING). The
 * parsed file stays on the server under the preview's id for {@link #PREVIEW_TTL}; {@link #commit} applies the
 * manager's decisions in one transaction (everything or nothing), records every created or changed concept in its
 * history and bumps the glossary revision once.
 *
 * <p>An export writes the concepts a {@link GlossaryQuery} selects (retired ones only when the query includes
 * them; {@link GlossaryQuery#all()} leaves them out) with their approved terms: proposals and rejected terms are
 * review work, not terminology. TBX keeps everything the glossary stores, and reads back as UNCHANGED; CSV keeps
 * ids, subject fields, the definition and the terms with status and type.
 */
@Service
public class GlossaryExchangeService {

    public static final Duration PREVIEW_TTL = Duration.ofMinutes(30);
    /** The largest file read: that of the TBX reader, for CSV too. */
    public static final int MAX_BYTES = TbxReader.MAX_BYTES;

    private final GlossaryImports imports;
    private final GlossaryService glossary;
    private final StoredConcepts stored;
    private final UserService users;
    private final TransactionTemplate readTx;

    GlossaryExchangeService(
            GlossaryImports imports,
            GlossaryService glossary,
            StoredConcepts stored,
            UserService users,
            PlatformTransactionManager transactionManager) {
        this.imports = imports;
        this.glossary = glossary;
        this.stored = stored;
        this.users = users;
        this.readTx = new TransactionTemplate(transactionManager);
        this.readTx.setReadOnly(true);
    }

    /** Reads and checks a TBX or CSV file (told apart by its content) and compares it with the glossary. */
    @PreAuthorize(GlossaryService.MANAGE)
    public ImportPreview preview(byte[] content, String fileName) {
        return preview(content, fileName, ImportFormat.detect(content, fileName));
    }

    @PreAuthorize(GlossaryService.MANAGE)
    public ImportPreview preview(byte[] content, String fileName, ImportFormat format) {
        return imports.prepare(content, fileName, format, username());
    }

    /**
     * Applies the decisions: NEW concepts are created (approved terms, statuses and types as in the file), the
     * others merged into or replacing their stored concept, or skipped; UNCHANGED ones are left alone. Refused,
     * with nothing changed, when the preview expired, was used, or the glossary changed since it was made.
     */
    @PreAuthorize(GlossaryService.MANAGE)
    public ImportResult commit(ImportPreview preview, ImportDecisions decisions) {
        return imports.commit(preview, decisions, username());
    }

    /** Forgets a preview the manager cancelled. */
    @PreAuthorize(GlossaryService.MANAGE)
    public void discard(ImportPreview preview) {
        imports.discard(preview.id());
    }

    /** The selected concepts as TBX v3 (TBX-Basic) or CSV, UTF-8. */
    @PreAuthorize(GlossaryService.MANAGE)
    public byte[] export(ImportFormat format, GlossaryQuery query) {
        List<TbxConcept> concepts = Objects.requireNonNull(readTx.execute(s ->
                ExportedConcepts.of(stored.load(glossary.matchingIds(query)).values(), format)));
        return format == ImportFormat.TBX
                ? new TbxWriter().write(concepts, "United Nations glossary, exported from " + "Statement Workbench")
                : new GlossaryCsv().write(concepts);
    }

    private String username() {
        return users.currentUser()
                .map(UserAccount::username)
                .orElseThrow(() -> new IllegalStateException("No signed-in user."));
    }
}
