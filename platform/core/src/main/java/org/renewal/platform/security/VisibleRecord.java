package org.renewal.platform.security;

import java.util.function.BiConsumer;

/**
 * "Not found first": a kind of record that a path names, and how to find out whether the caller may see it. For
 * every request whose route begins with {@code routePrefix} (a URI template such as
 * {@code /api/governance/communities/{communityId}}) and changes something, {@link NotFoundFirst} asks
 * {@code check} before the body is read or validated and before any rule runs: a record the caller may not see
 * (or that does not exist) is a 404, so no answer tells another district's caller that it exists.
 *
 * @param routePrefix the URI template the routes of this record begin with
 * @param variable    the path variable that holds the record's id
 * @param check       throws the service's 404 when this caller may not see the record of this id
 */
public record VisibleRecord(String routePrefix, String variable, BiConsumer<Caller, String> check) {
}
