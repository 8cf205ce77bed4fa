package org.statementworkbench.editor;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.SegmentText;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * The issues of one segment translation that are cheap to find (well under a millisecond): the built-in checks on
 * the texts as stored (with their formatting markers) and the term checks on the plain texts against the current
 * glossary, as a statement's check profile runs and rates them. The QA report, the grid's badges and its "has
 * errors" filter all take their issues from here. LanguageTool and the statement-wide checks are not among them.
 */
@Component
public class SegmentChecks {

    private final TerminologyIndex index;

    SegmentChecks(TerminologyIndex index) {
        this.index = index;
    }

    /** The glossary revision the term checks run against now: issues found with an older one may have changed. */
    public long glossaryRevision() {
        return index.revision();
    }

    /** The issues of {@code target} against {@code source} (marked texts), built-in checks first, then terms. */
    public List<Issue> issues(
            CheckProfile profile, UnLanguage sourceLanguage, String source, UnLanguage targetLanguage, String target) {
        List<Issue> found = new ArrayList<>(builtIn(profile, sourceLanguage, source, targetLanguage, target));
        if (profile.runs(CheckId.TERMINOLOGY)) {
            found.addAll(profile.apply(index.checker(sourceLanguage, targetLanguage)
                    .check(SegmentText.plain(source), SegmentText.plain(target))
                    .issues()));
        }
        return found;
    }

    /** The issues of the built-in checks alone (numbers, symbols, punctuation, spaces, text, markers). */
    public static List<Issue> builtIn(
            CheckProfile profile, UnLanguage sourceLanguage, String source, UnLanguage targetLanguage, String target) {
        var checks = BuiltInChecks.of(profile.running(BuiltInChecks.families()));
        return profile.apply(
                BuiltInChecks.check(checks, new SegmentPair(sourceLanguage, source, targetLanguage, target)));
    }
}
