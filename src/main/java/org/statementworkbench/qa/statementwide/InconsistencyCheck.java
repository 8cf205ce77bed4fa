package org.statementworkbench.qa.statementwide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.MultilingualSegment;
import org.statementworkbench.qa.StatementCheck;
import org.statementworkbench.qa.StatementIssue;
import org.statementworkbench.qa.StatementText;

/**
 * Family {@code inconsistent}, per target language, on texts compared in their {@link ComparableText} form:
 *
 * <ul>
 *   <li>{@code inconsistent.target} (warning): segments with the same source (that has a letter) and different
 *       translations.
 *   <li>{@code inconsistent.source} (warning): segments with the same translation (two words or numbers at least)
 *       and different sources. Sources that differ only in a number are a finding: "Goal 1" and "Goal 2" both
 *       translated "Objectif 1" is the slip this check is for (Xbench reports them too).
 * </ul>
 *
 * <p>In each group, the translation (or source) most segments have, the earliest on a tie, is taken as the
 * reference, and every segment that differs from it is reported, its whole target as the span, with the keys and the
 * text of the reference segments in the message; in a group of two, the later segment is reported. Empty targets and
 * targets equal to their source are left to {@code text.untranslated}. One pass with hash maps: linear in the size of
 * the statement.
 */
public final class InconsistencyCheck implements StatementCheck {

    public static final String FAMILY = "inconsistent";
    public static final CheckId TARGET = new CheckId(FAMILY, "target");
    public static final CheckId SOURCE = new CheckId(FAMILY, "source");

    private static final int KEYS_NAMED = 5;

    /** One translated segment in one language: its position, the text it is grouped by and the text compared. */
    private record Entry(int index, String variant, String shown) {}

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public List<StatementIssue> check(StatementText statement) {
        List<MultilingualSegment> segments = statement.segments();
        String[] sources = new String[segments.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = ComparableText.of(segments.get(i).source());
        }
        List<Found> found = new ArrayList<>();
        for (UnLanguage language : UnLanguage.values()) {
            Map<String, List<Entry>> bySource = new HashMap<>();
            Map<String, List<Entry>> byTarget = new LinkedHashMap<>();
            for (int i = 0; i < sources.length; i++) {
                MultilingualSegment segment = segments.get(i);
                String raw = segment.targets().get(language);
                if (raw == null || sources[i].isEmpty()) {
                    continue;
                }
                String target = ComparableText.of(raw);
                if (target.isEmpty() || target.equals(sources[i])) {
                    continue;
                }
                if (ComparableText.hasLetter(sources[i])) {
                    bySource.computeIfAbsent(sources[i], k -> new ArrayList<>(2))
                            .add(new Entry(i, target, raw));
                }
                if (ComparableText.substantial(target, language)) {
                    byTarget.computeIfAbsent(target, k -> new ArrayList<>(2))
                            .add(new Entry(i, sources[i], segment.source()));
                }
            }
            for (List<Entry> group : bySource.values()) {
                report(group, TARGET, language, segments, found);
            }
            for (List<Entry> group : byTarget.values()) {
                report(group, SOURCE, language, segments, found);
            }
        }
        found.sort(null);
        return found.stream().map(Found::issue).toList();
    }

    private static void report(
            List<Entry> group, CheckId id, UnLanguage language, List<MultilingualSegment> segments, List<Found> found) {
        if (group.size() < 2) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entry e : group) {
            counts.merge(e.variant(), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return;
        }
        String reference = "";
        int most = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                reference = c.getKey();
                most = c.getValue();
            }
        }
        List<Entry> references = new ArrayList<>();
        for (Entry e : group) {
            if (e.variant().equals(reference)) {
                references.add(e);
            }
        }
        String keys = keys(references, segments);
        String shown = references.getFirst().shown().strip();
        for (Entry e : group) {
            if (e.variant().equals(reference)) {
                continue;
            }
            MultilingualSegment segment = segments.get(e.index());
            String target = segment.targets().getOrDefault(language, "");
            String message = id.equals(TARGET)
                    ? "The same source is translated differently in " + keys + ": \u201C" + shown + "\u201D."
                    : "The same translation stands for another source in " + keys + ": \u201C" + shown + "\u201D.";
            Span sourceSpan = id.equals(SOURCE) ? new Span(0, segment.source().length()) : null;
            Issue issue = new Issue(id, Severity.WARNING, message, sourceSpan, new Span(0, target.length()));
            found.add(new Found(
                    e.index(),
                    language,
                    id.equals(TARGET) ? 0 : 1,
                    new StatementIssue(segment.key(), language, issue)));
        }
    }

    /** "segment 3", "segments 3 and 7", "segments 3, 7, 9, 12, 15 and 4 more". */
    private static String keys(List<Entry> entries, List<MultilingualSegment> segments) {
        List<String> keys = entries.stream()
                .limit(KEYS_NAMED)
                .map(e -> segments.get(e.index()).key())
                .toList();
        int more = entries.size() - keys.size();
        if (keys.size() == 1) {
            return "segment " + keys.getFirst();
        }
        String head = String.join(", ", keys.subList(0, keys.size() - (more > 0 ? 0 : 1)));
        return "segments " + head + " and " + (more > 0 ? more + " more" : keys.getLast());
    }

    /** An issue with what orders it: segment, language, then target before source. */
    private record Found(int index, UnLanguage language, int kind, StatementIssue issue) implements Comparable<Found> {

        @Override
        public int compareTo(Found other) {
            int c = Integer.compare(index, other.index);
            if (c == 0) {
                c = language.compareTo(other.language);
            }
            return c != 0 ? c : Integer.compare(kind, other.kind);
        }
    }
}
