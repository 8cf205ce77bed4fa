package org.statementworkbench.editor.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.MultiLanguageRow;

/**
 * The one owner of the quality-check issues of the open statement's segment translations, which the grid's badges
 * (on the request thread, the rows drawn) and the issue filter (on its worker, every segment) share: remembered per
 * segment and language with the texts, check profile and glossary revision they were found with, so that a changed
 * text, profile or glossary finds them again. Safe to use from several threads.
 */
final class SegmentIssueCache {

    private static final int REMEMBERED = 20_000;

    /** What issues are found with: the statement's check profile and the glossary revision of the term checks. */
    record Basis(CheckProfile profile, long glossaryRevision) {}

    private record Key(long segmentId, UnLanguage language) {}

    private record Found(Basis basis, String source, String target, List<Issue> issues) {}

    private final SegmentChecks checks;
    private final Cache<Key, Found> found =
            Caffeine.newBuilder().maximumSize(REMEMBERED).build();
    private volatile UnLanguage sourceLanguage = UnLanguage.EN;
    private volatile CheckProfile profile = CheckProfile.UN_DEFAULT;

    SegmentIssueCache(SegmentChecks checks) {
        this.checks = checks;
    }

    /** A statement was opened (or its profile changed): its source language and its check profile. */
    void open(UnLanguage source, CheckProfile checkProfile) {
        if (source != sourceLanguage) {
            found.invalidateAll();
        }
        sourceLanguage = source;
        profile = checkProfile;
    }

    CheckProfile profile() {
        return profile;
    }

    /** What issues are found with now. */
    Basis basis() {
        return new Basis(profile, checks.glossaryRevision());
    }

    /** The issues of the row's translation into {@code language}, as found now; none while it is empty. */
    List<Issue> issues(MultiLanguageRow row, UnLanguage language) {
        return issues(row, language, basis());
    }

    /** The issues of the row's translation into {@code language} with {@code basis}; none while it is empty. */
    List<Issue> issues(MultiLanguageRow row, UnLanguage language, Basis basis) {
        String source = row.source();
        String target = row.target(language).text();
        if (target.isBlank()) {
            return List.of();
        }
        var key = new Key(row.segmentId(), language);
        Found f = found.getIfPresent(key);
        if (f == null
                || !f.basis().equals(basis)
                || !f.source().equals(source)
                || !f.target().equals(target)) {
            f = new Found(
                    basis, source, target, checks.issues(basis.profile(), sourceLanguage, source, language, target));
            found.put(key, f);
        }
        return f.issues();
    }
}
