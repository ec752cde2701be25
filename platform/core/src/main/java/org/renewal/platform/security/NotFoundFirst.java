package org.renewal.platform.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs the {@link VisibleRecord} checks of a request's route before its handler's arguments are read: Spring MVC
 * calls interceptors after it has chosen the handler (so the route and its path variables are known) and before it
 * reads and validates the body. Reads ({@code GET}, {@code HEAD}) are left to their handler, whose first act is the
 * same check; writes would otherwise validate the body, or apply a rule, before finding the record.
 */
public class NotFoundFirst implements HandlerInterceptor {

    private final List<VisibleRecord> records;

    public NotFoundFirst(List<VisibleRecord> records) {
        this.records = List.copyOf(records);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (records.isEmpty() || "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            return true;
        }
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(route instanceof String pattern) || !(variables instanceof Map<?, ?> values)) {
            return true;
        }
        for (VisibleRecord record : records) {
            if (pattern.equals(record.routePrefix()) || pattern.startsWith(record.routePrefix() + "/")) {
                Object id = values.get(record.variable());
                if (id != null) {
                    record.check().accept(Caller.current(), id.toString());
                }
            }
        }
        return true;
    }
}
