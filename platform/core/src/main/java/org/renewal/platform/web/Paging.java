package org.renewal.platform.web;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/** List conventions: only documented fields may be sorted on (a typo gets a 400, not an empty sort). */
public final class Paging {

    private Paging() {
    }

    /**
     * A page of a list held in memory (a record's ballots, a community's tickets or timeline), in the list's own
     * order: no sort may be asked for (400 naming sort), so the page is the same shape as every other.
     */
    public static <T> org.springframework.data.domain.Page<T> of(List<T> all, Pageable pageable) {
        checked(pageable, Set.of());
        int from = (int) Math.min(all.size(), pageable.getOffset());
        int to = (int) Math.min(all.size(), (long) from + pageable.getPageSize());
        return new org.springframework.data.domain.PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * The pageable with the API's sort names ({@link SortBy}, the items' properties, e.g. {@code stage}) replaced by
     * the stored fields they sort on ({@code stageOrder}); other names are stored as named.
     */
    public static Pageable stored(Pageable pageable, java.util.Map<String, String> storedAs) {
        if (pageable.getSort().isUnsorted()) {
            return pageable;
        }
        List<Sort.Order> orders = pageable.getSort().stream()
                .map(o -> o.withProperty(storedAs.getOrDefault(o.getProperty(), o.getProperty()))).toList();
        return org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(orders));
    }

    /** The pageable, once every sort property is one of {@code sortable}. */
    private static Pageable checked(Pageable pageable, Set<String> sortable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!sortable.contains(order.getProperty())) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "SORT_NOT_SUPPORTED",
                        List.of(new FieldProblem("sort", "sort.notSupported")),
                        order.getProperty(), String.join(", ", sortable.stream().sorted().toList()));
            }
        }
        return pageable;
    }
}
