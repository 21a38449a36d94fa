package org.dyad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence's dependency parse as arrays for quick walks: each token's governor ({@code -1} for the root or an
 * unattached token) and relation ({@code root} then), and its children in the order the parser gave them. Immutable once built.
 */
public final class DependencyTree {
    private final int[] gov;
    private final String[] rel;
    private final List<List<Integer>> children;

    private DependencyTree(int[] gov, String[] rel, List<List<Integer>> children) {
        this.gov = gov;
        this.rel = rel;
        this.children = children;
    }

    /** The tree of {@code s}'s dependencies. */
    public static DependencyTree of(Sentence s) {
        int n = s.tokens().size();
        int[] gov = new int[n];
        String[] rel = new String[n];
        Arrays.fill(gov, -1);
        Arrays.fill(rel, "root");
        List<List<Integer>> children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : s.deps()) {
            if (d.dep() >= 0 && d.dep() < n) {
                gov[d.dep()] = d.gov();
                rel[d.dep()] = d.rel();
                if (d.gov() >= 0 && d.gov() < n) {
                    children.get(d.gov()).add(d.dep());
                }
            }
        }
        return new DependencyTree(gov, rel, children.stream().map(List::copyOf).toList());
    }

    /** A copy of the governors, for callers that walk them as an array. */
    public int[] governors() {
        return gov.clone();
    }

    /** A copy of the relations. */
    public String[] relations() {
        return rel.clone();
    }

    /** The children of each token (unmodifiable). */
    public List<List<Integer>> children() {
        return children;
    }
}
