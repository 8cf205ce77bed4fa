package org.statementworkbench.terminology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The term hits of one text indexed by span, so that the hits overlapping a range are found without scanning them
 * all: sorted by start, with the furthest end reached so far, a query walks back from the last hit starting before
 * the range's end only while an earlier hit can still reach into it. For hits that hardly overlap one another (those
 * of {@link TermMatcher#find}) a query costs a binary search plus the hits it returns, so a segment's check stays
 * linear in its length.
 */
final class HitSpans {

    private final List<TermHit> hits;
    /** Indexes into {@code hits}, by start. */
    private final int[] byStart;

    private final int[] starts;
    /** The furthest end among {@code byStart[0..k]}. */
    private final int[] reach;

    HitSpans(List<TermHit> hits) {
        this.hits = List.copyOf(hits);
        this.byStart = IntStream.range(0, hits.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> hits.get(i).start()))
                .mapToInt(Integer::intValue)
                .toArray();
        this.starts = new int[byStart.length];
        this.reach = new int[byStart.length];
        int furthest = Integer.MIN_VALUE;
        for (int k = 0; k < byStart.length; k++) {
            TermHit h = hits.get(byStart[k]);
            starts[k] = h.start();
            furthest = Math.max(furthest, h.end());
            reach[k] = furthest;
        }
    }

    /** The hits overlapping {@code [start, end)} (sharing at least one character), in the order they were given. */
    List<TermHit> overlapping(int start, int end) {
        int last = firstStartingAtOrAfter(end) - 1;
        List<Integer> found = new ArrayList<>(2);
        for (int k = last; k >= 0 && reach[k] > start; k--) {
            if (hits.get(byStart[k]).end() > start) {
                found.add(byStart[k]);
            }
        }
        if (found.size() > 1) {
            found.sort(null);
        }
        return found.stream().map(hits::get).toList();
    }

    /** The position in {@code starts} of the first hit starting at or after {@code position}. */
    private int firstStartingAtOrAfter(int position) {
        int i = Arrays.binarySearch(starts, position);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == position) {
            i--;
        }
        return i;
    }
}
