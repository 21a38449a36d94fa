package org.dyad.web;

import java.util.List;

/**
 * One page of a list: the items, where the page starts, its size and whether more follow ({@code next} is the
 * offset of the next page, or null).
 */
record Paged<T>(List<T> items, int offset, int limit, Integer total, Integer next) {

    /** The page of {@code all} at {@code offset}, {@code limit} long. */
    static <T> Paged<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return new Paged<>(List.copyOf(all.subList(from, to)), offset, limit, all.size(),
                to < all.size() ? to : null);
    }
}
