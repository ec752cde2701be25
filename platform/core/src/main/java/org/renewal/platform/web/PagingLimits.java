package org.renewal.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Paging the same way everywhere, and said: {@code page} from 0, {@code size} from 1 to the suite's maximum
 * ({@code spring.data.web.pageable.max-page-size}, 200). A page or size out of range is refused 400 naming the
 * parameter — never silently cut to the maximum, so a client asking for 500 learns it gets at most 200 — and the
 * OpenAPI document declares the bounds on every paged operation. Sorting likewise: only on the properties the
 * handler names with {@link SortBy} (400 {@code SORT_NOT_SUPPORTED} naming {@code sort} otherwise), and the document's
 * {@code sort} parameter lists exactly those as its enum.
 */
public final class PagingLimits implements HandlerInterceptor, OpenApiCustomizer, OperationCustomizer {

    private final int maxSize;

    public PagingLimits(int maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !paged(method)) {
            return true;
        }
        List<FieldProblem> errors = new ArrayList<>();
        check(request.getParameter("size"), 1, maxSize, "size", "paging.size", errors);
        check(request.getParameter("page"), 0, Integer.MAX_VALUE, "page", "paging.page", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        String[] sorts = request.getParameterValues("sort");
        if (sorts != null) {
            List<String> sortable = sortable(method);
            for (String sort : sorts) {
                for (String property : properties(sort)) {
                    if (!sortable.contains(property)) {
                        throw new ApiException(HttpStatus.BAD_REQUEST, "SORT_NOT_SUPPORTED",
                                List.of(new FieldProblem("sort", "sort.notSupported")),
                                property, sortable.isEmpty() ? "-" : String.join(", ", sortable));
                    }
                }
            }
        }
        return true;
    }

    private static boolean paged(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .anyMatch(p -> Pageable.class.isAssignableFrom(p.getParameterType()));
    }

    private static List<String> sortable(HandlerMethod method) {
        SortBy sortBy = method.getMethodAnnotation(SortBy.class);
        return sortBy == null ? List.of() : List.of(sortBy.value());
    }

    /**
     * The properties one {@code sort} value names, as Spring Data reads it: comma-separated, the last one a direction
     * ({@code asc}/{@code desc}, any case) when it is one.
     */
    static List<String> properties(String sort) {
        List<String> parts = new ArrayList<>();
        for (String part : sort.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (!parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            if (last.equalsIgnoreCase("asc") || last.equalsIgnoreCase("desc")) {
                parts.remove(parts.size() - 1);
            }
        }
        return parts;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod method) {
        if (!paged(method) || operation.getParameters() == null) {
            return operation;
        }
        List<String> sortable = sortable(method);
        if (sortable.isEmpty()) {
            operation.getParameters().removeIf(p -> "query".equals(p.getIn()) && "sort".equals(p.getName()));
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("query".equals(parameter.getIn()) && "sort".equals(parameter.getName())
                    && parameter.getSchema() != null && parameter.getSchema().getItems() != null) {
                @SuppressWarnings("unchecked")
                Schema<String> items = (Schema<String>) parameter.getSchema().getItems();
                List<String> values = new ArrayList<>();
                sortable.forEach(property -> {
                    values.add(property + ",ASC");
                    values.add(property + ",DESC");
                });
                items.setEnum(values);
                parameter.setDescription("Sort order: a property and its direction, repeatable (sort=a,ASC&sort=b,DESC); "
                        + "any other property is refused (400 SORT_NOT_SUPPORTED naming sort)");
            }
        }
        return operation;
    }

    private static void check(String value, long min, long max, String field, String message,
                              List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n < min || n > max) {
                errors.add(new FieldProblem(field, message));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem(field, message));
        }
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
            if (op.getParameters() == null) {
                return;
            }
            boolean paged = op.getParameters().stream().anyMatch(p -> "page".equals(p.getName()) && "query".equals(p.getIn()));
            if (!paged) {
                return;
            }
            op.getParameters().forEach(p -> {
                if ("query".equals(p.getIn()) && "size".equals(p.getName()) && p.getSchema() != null) {
                    p.getSchema().setMaximum(java.math.BigDecimal.valueOf(maxSize));
                    p.setDescription("Page size, 1 to " + maxSize + " (more is refused: 400 naming size)");
                } else if ("query".equals(p.getIn()) && "page".equals(p.getName()) && p.getSchema() != null) {
                    p.setDescription("Page number, from 0");
                }
            });
        }));
    }
}
