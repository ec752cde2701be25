package org.renewal.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The properties a paged list may be sorted on ({@code sort=name,ASC}). The one place they are named: a request
 * sorting on anything else is refused 400 {@code SORT_NOT_SUPPORTED} naming {@code sort}, and the OpenAPI document
 * lists exactly these (each {@code ,ASC} and {@code ,DESC}) as the {@code sort} parameter's enum. A paged list
 * without it takes no sort at all (its own order; the parameter is not offered).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortBy {

    /** The sortable properties, as the list's items name them. */
    String[] value();
}
