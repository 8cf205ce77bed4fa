package org.statementworkbench.qa.number;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the numbers of a source with those of its translation as multisets by value: each source mention takes an
 * unpaired target mention of the same value, first by their main readings, then by alternative readings, then a
 * month with a number of its value. What stays unpaired is missing (source) or extra (target), except small numbers
 * in words, which translations add and drop freely, a number repeated on one side whose value is paired, and inline
 * list markers where the other side has none. A missing and an extra number of the same group become one mismatch:
 * the only two left, or else the nearest by relative position in their texts.
 */
final class MentionPairing {

    /** A source number and the target number that replaced it. */
    record Mismatch(Mention source, Mention target) {}

    /** What did not pair. */
    record Result(List<Mention> missing, List<Mention> extra, List<Mismatch> mismatches) {

        boolean clean() {
            return missing.isEmpty() && extra.isEmpty() && mismatches.isEmpty();
        }
    }

    private static final double NEAR = 0.35;
    private static final double NEAR_OPTIONAL = 0.15;

    private MentionPairing() {}

    static Result pair(List<Mention> source, List<Mention> target, String sourceText, String targetText) {
        int sourceLength = sourceText.length();
        int targetLength = targetText.length();
        List<Mention> s = withoutInlineMarkers(source, target, sourceText);
        List<Mention> t = withoutInlineMarkers(target, source, targetText);
        List<Mention> pairedSource = new ArrayList<>();
        List<Mention> pairedTarget = new ArrayList<>();
        for (Pass pass : Pass.values()) {
            pass(s, t, pass, pairedSource, pairedTarget);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        // a number replaced by a number: the two left over, or the nearest; an optional word may stand in for it
        // only close by ("under 5 years" against "до шести лет")
        boolean onlyPair = s.stream().filter(m -> !m.optional()).count() == 1
                && t.stream().filter(m -> !m.optional()).count() == 1;
        for (boolean withOptional : new boolean[] {false, true}) {
            for (int i = 0; i < s.size(); i++) {
                Mention missing = s.get(i);
                int best = -1;
                double bestDistance = Double.MAX_VALUE;
                for (int j = 0; j < t.size(); j++) {
                    Mention extra = t.get(j);
                    boolean optional = extra.optional() || missing.optional();
                    if (extra.kind().group() != missing.kind().group()
                            || optional != withOptional
                            || (extra.optional() && missing.optional())) {
                        continue;
                    }
                    double d = Math.abs(relative(missing, sourceLength) - relative(extra, targetLength));
                    boolean near = d <= (optional ? NEAR_OPTIONAL : NEAR) || (onlyPair && !optional);
                    if (near && d < bestDistance) {
                        best = j;
                        bestDistance = d;
                    }
                }
                if (best >= 0) {
                    mismatches.add(new Mismatch(missing, t.remove(best)));
                    s.remove(i--);
                }
            }
        }
        s = repeatsOptional(s, pairedSource);
        t = repeatsOptional(t, pairedTarget);
        s.removeIf(Mention::optional);
        t.removeIf(Mention::optional);
        return new Result(s, t, mismatches);
    }

    private enum Pass {
        MAIN,
        ALTERNATIVE,
        MONTH_AS_NUMBER
    }

    /**
     * List markers where the other text has none: translations restructure lists ("(a) Hazardous waste ...; and
     * (b) proportion ..." may become one phrase). A lone marker that begins its text ("(a) To promote ...") counts.
     */
    private static List<Mention> withoutInlineMarkers(List<Mention> mentions, List<Mention> other, String text) {
        if (other.stream().anyMatch(m -> m.kind() == MentionKind.MARKER)) {
            return new ArrayList<>(mentions);
        }
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        boolean list =
                mentions.stream().filter(m -> m.kind() == MentionKind.MARKER).count() > 1;
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.MARKER || (!list && m.span().start() <= first)) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** A number written twice on one side ("15岁及15岁以上", aged 15 and over) needs one partner only. */
    private static List<Mention> repeatsOptional(List<Mention> unpaired, List<Mention> paired) {
        List<Mention> out = new ArrayList<>(unpaired.size());
        for (Mention m : unpaired) {
            boolean repeat = !m.optional()
                    && paired.stream()
                            .anyMatch(p -> p.kind().group() == m.kind().group()
                                    && p.value().equals(m.value()));
            out.add(repeat ? new Mention(m.kind(), m.value(), m.alternative(), m.span(), true) : m);
        }
        return out;
    }

    private static void pass(
            List<Mention> source,
            List<Mention> target,
            Pass pass,
            List<Mention> pairedSource,
            List<Mention> pairedTarget) {
        for (int i = 0; i < source.size(); i++) {
            Mention s = source.get(i);
            @Nullable Mention partner = null;
            for (Mention t : target) {
                if (matches(s, t, pass)) {
                    partner = t;
                    break;
                }
            }
            if (partner != null) {
                target.remove(partner);
                pairedTarget.add(partner);
                pairedSource.add(source.remove(i--));
            }
        }
    }

    private static boolean matches(Mention s, Mention t, Pass pass) {
        return switch (pass) {
            case MAIN -> s.kind().group() == t.kind().group() && s.value().equals(t.value());
            case ALTERNATIVE -> s.sameValue(t);
            case MONTH_AS_NUMBER -> monthAsNumber(s, t) || monthAsNumber(t, s);
        };
    }

    private static boolean monthAsNumber(Mention month, Mention number) {
        return month.kind() == MentionKind.MONTH
                && number.kind().group() == MentionKind.Group.VALUE
                && month.value().equals(number.value());
    }

    private static double relative(Mention m, int length) {
        return length == 0 ? 0 : (double) m.span().start() / length;
    }
}
