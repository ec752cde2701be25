package org.renewal.platform.web;

import java.util.Locale;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Titles and details of problems by code, from the platform's bundle
 * ({@code renewal/platform/problems}) and the service's own ({@code problems}). The base bundle is
 * Chinese, {@code _en} is English; any other language falls back to Chinese.
 */
public class ProblemMessages {

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ProblemMessages() {
        source.setBasenames("problems", "renewal/platform/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
    }

    public String title(String code, Locale locale) {
        return message(code + ".title", new Object[0], locale, code);
    }

    public String detail(String code, Object[] args, Locale locale) {
        return message(code + ".detail", args, locale, null);
    }

    public String text(String key, Locale locale, Object... args) {
        return message(key, args, locale, key);
    }

    private String message(String key, Object[] args, Locale locale, String fallback) {
        try {
            return source.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
