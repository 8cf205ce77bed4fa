package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading statements and their progress. Everyone signed in may read. */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;
    private final StatementProgress progress;

    StatementService(StatementRepository statements, StatementProgress progress) {
        this.statements = statements;
        this.progress = progress;
    }

    /** Statements not archived, newest first, each with its progress per target language. */
    @PreAuthorize("isAuthenticated()")
    public List<StatementSummary> listStatements() {
        return summarize(statements.findByArchivedFalseOrderByCreatedAtDesc());
    }

    /** Archived statements, for an administrator to restore. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<StatementSummary> listArchived() {
        return summarize(statements.findByArchivedTrueOrderByCreatedAtDesc());
    }

    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<StatementSummary> find(long id) {
        return statements.findById(id).map(s -> summarize(List.of(s)).getFirst());
    }

    /** Archives a statement: it leaves the list and can't be edited, but nothing is deleted. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void archive(long id) {
        Statement s = statements.findById(id).orElseThrow(() -> new IllegalArgumentException("No such statement."));
        var auth = Objects.requireNonNull(
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication(),
                "archiving needs a signed-in administrator");
        s.archive(auth.getName(), java.time.Instant.now());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restore(long id) {
        statements
                .findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No such statement."))
                .restore();
    }

    private List<StatementSummary> summarize(List<Statement> active) {
        Map<Long, StatementProgress.Figures> figures = progress.of(active);
        List<StatementSummary> result = new ArrayList<>();
        for (Statement s : active) {
            var f = Objects.requireNonNull(figures.get(s.getId()));
            result.add(new StatementSummary(
                    Objects.requireNonNull(s.getId()),
                    s.getTitle(),
                    s.getDetails(),
                    s.getSourceLanguage(),
                    f.segments(),
                    f.languages(),
                    s.isArchived()));
        }
        return result;
    }
}
