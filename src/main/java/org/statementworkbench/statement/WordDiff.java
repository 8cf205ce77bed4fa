package org.statementworkbench.statement;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two versions of a segment, word by word (java-diff-utils' Myers diff over our own
 * tokens: the tokenizer is what makes it fit translation). Ideographs
 * count as words of their own, so Chinese diffs are as precise as the others; spaces and punctuation are kept
 * as tokens so that the parts concatenate back to the texts.
 */
public final class WordDiff {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    public record Part(Kind kind, String text) {}

    private static final Pattern TOKEN =
            Pattern.compile("\\p{IsHan}|[\\p{L}\\p{M}\\p{N}\\u0640'’\\-]+|\\s+|.", Pattern.DOTALL);
    /** Beyond this many tokens on both sides, fall back to "all removed, all added" rather than spend time. */
    private static final int MAX_TOKENS = 40_000;

    private WordDiff() {}

    public static List<Part> between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        if (a.size() + b.size() > MAX_TOKENS) {
            return merge(List.of(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after)));
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++) {
                parts.add(new Part(Kind.SAME, a.get(i)));
            }
            delta.getSource().getLines().forEach(t -> parts.add(new Part(Kind.REMOVED, t)));
            delta.getTarget().getLines().forEach(t -> parts.add(new Part(Kind.ADDED, t)));
            i += delta.getSource().size();
        }
        for (; i < a.size(); i++) {
            parts.add(new Part(Kind.SAME, a.get(i)));
        }
        return merge(groupChanges(parts));
    }

    /**
     * Within a run of changes, spaces that happen to match are shown as part of both the removed and the added
     * text, so that "[-a-]{+b+} {+c+}" reads "[-a -]{+b c+}"; each side still concatenates back to its text.
     */
    private static List<Part> groupChanges(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        int k = 0;
        while (k < parts.size()) {
            if (parts.get(k).kind() == Kind.SAME) {
                out.add(parts.get(k++));
                continue;
            }
            int end = k;
            for (int m = k; m < parts.size(); m++) {
                Part p = parts.get(m);
                if (p.kind() != Kind.SAME) {
                    end = m;
                } else if (!p.text().isBlank()) {
                    break;
                }
            }
            var removed = new StringBuilder();
            var added = new StringBuilder();
            for (int m = k; m <= end; m++) {
                Part p = parts.get(m);
                if (p.kind() != Kind.ADDED) {
                    removed.append(p.text());
                }
                if (p.kind() != Kind.REMOVED) {
                    added.append(p.text());
                }
            }
            String trailing = "";
            while (removed.length() > trailing.length() && added.length() > trailing.length()) {
                char r = removed.charAt(removed.length() - 1 - trailing.length());
                char a = added.charAt(added.length() - 1 - trailing.length());
                if (r != a || !Character.isWhitespace(r)) {
                    break;
                }
                trailing = r + trailing;
            }
            out.add(new Part(Kind.REMOVED, removed.substring(0, removed.length() - trailing.length())));
            out.add(new Part(Kind.ADDED, added.substring(0, added.length() - trailing.length())));
            out.add(new Part(Kind.SAME, trailing));
            k = end + 1;
        }
        return out;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Joins neighbouring parts of the same kind, so the result reads as phrases. */
    private static List<Part> merge(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part p : parts) {
            if (p.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.getLast().kind() == p.kind()) {
                merged.set(
                        merged.size() - 1, new Part(p.kind(), merged.getLast().text() + p.text()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }
}
