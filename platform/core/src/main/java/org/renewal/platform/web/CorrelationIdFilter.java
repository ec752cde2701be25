package org.renewal.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/** Binds the request's {@code X-Correlation-Id} (the gateway sets one) and echoes it in the response. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
        response.setHeader(CorrelationId.HEADER, id);
        try (CorrelationId.Scope ignored = CorrelationId.bind(id, null)) {
            chain.doFilter(request, response);
        }
    }
}
