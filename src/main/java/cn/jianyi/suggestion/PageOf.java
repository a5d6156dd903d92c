package cn.jianyi.suggestion;

import java.util.List;

/** One page of a list, numbered from 1. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

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
