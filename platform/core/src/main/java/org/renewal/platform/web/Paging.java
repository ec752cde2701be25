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

    /** The pageable, once every sort property is one of {@code sortable}. */
    public static Pageable checked(Pageable pageable, Set<String> sortable) {
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
