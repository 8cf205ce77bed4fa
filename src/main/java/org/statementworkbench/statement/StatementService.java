package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/** Reading statements and their progress. Everyone signed in may read. */
@Service
@Transactional(readOnly = true)
public class StatementService {

    private final StatementRepository statements;
    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;

    StatementService(StatementRepository statements, SegmentRepository segments,
            SegmentTranslationRepository translations) {
        this.statements = statements;
        this.segments = segments;
        this.translations = translations;
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
        var auth = Objects.requireNonNull(org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication(), "archiving needs a signed-in administrator");
        s.archive(auth.getName(), java.time.Instant.now());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restore(long id) {
        statements.findById(id).orElseThrow(() -> new IllegalArgumentException("No such statement.")).restore();
    }

    private List<StatementSummary> summarize(List<Statement> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        List<Long> ids = active.stream().map(s -> Objects.requireNonNull(s.getId())).toList();
        Map<Long, Integer> segmentCounts = new HashMap<>();
        for (Object[] row : segments.countSegments(ids)) {
            segmentCounts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Map<UnLanguage, Map<SegmentStatus, Integer>>> counts = new HashMap<>();
        for (Object[] row : translations.countByStatus(ids)) {
            counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(UnLanguage.class))
                    .computeIfAbsent((UnLanguage) row[1], k -> new EnumMap<>(SegmentStatus.class))
                    .put((SegmentStatus) row[2], ((Number) row[3]).intValue());
        }
        List<StatementSummary> result = new ArrayList<>();
        for (Statement s : active) {
            long id = Objects.requireNonNull(s.getId());
            int total = segmentCounts.getOrDefault(id, 0);
            List<LanguageProgress> progress = new ArrayList<>();
            for (UnLanguage language : s.getTargetLanguages()) {
                Map<SegmentStatus, Integer> byStatus = counts.getOrDefault(id, Map.of()).get(language);
                if (byStatus == null) {
                    progress.add(LanguageProgress.empty(language, total));
                } else {
                    var withNew = new EnumMap<>(byStatus);
                    int untranslated = total - byStatus.values().stream().mapToInt(Integer::intValue).sum();
                    withNew.merge(SegmentStatus.NEW, untranslated, Integer::sum);
                    progress.add(new LanguageProgress(language, total, withNew));
                }
            }
            result.add(new StatementSummary(id, s.getTitle(), s.getDocumentSymbol(), s.getUnBody(), s.getSessionName(),
                    s.getAgendaItem(), s.getSpeaker(), s.getDelegation(), s.getDateDelivered(), s.getSourceLanguage(),
                    total, progress, s.isArchived()));
        }
        return result;
    }
}
