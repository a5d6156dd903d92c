package cn.jianyi.suggestion;

import java.util.List;

/**
 * One page of a list, numbered from 1. {@code totalCapped}: more items match than the list counts, {@code total} is
 * the cap and the pages reach up to it (the case list at volume, ADR 0071).
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    /** A page of a list counted in full. */
    public PageOf(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
