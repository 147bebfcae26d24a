package org.safepassage.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the API answers: the items and where they stand in the whole ({@code ?page=0&size=100};
 * pages count from 0).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** Items on one page by default, and at most. */
    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, pages);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), page, size, totalItems, totalPages);
    }

    /** Which page to read: the page number (from 0) and its size. */
    public record PageRequest(int page, int size) {

        public PageRequest {
            if (page < 0 || size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_SIZE);
            }
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
