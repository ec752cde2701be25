package org.renewal.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Paging the same way everywhere, and said: {@code page} from 0, {@code size} from 1 to the suite's maximum
 * ({@code spring.data.web.pageable.max-page-size}, 200). A page or size out of range is refused 400 naming the
 * parameter — never silently cut to the maximum, so a client asking for 500 learns it gets at most 200 — and the
 * OpenAPI document declares the bounds on every paged operation.
 */
public final class PagingLimits implements HandlerInterceptor, OpenApiCustomizer {

    private final int maxSize;

    public PagingLimits(int maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || Arrays.stream(method.getMethodParameters())
                .noneMatch(p -> Pageable.class.isAssignableFrom(p.getParameterType()))) {
            return true;
        }
        List<FieldProblem> errors = new ArrayList<>();
        check(request.getParameter("size"), 1, maxSize, "size", "paging.size", errors);
        check(request.getParameter("page"), 0, Integer.MAX_VALUE, "page", "paging.page", errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return true;
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
