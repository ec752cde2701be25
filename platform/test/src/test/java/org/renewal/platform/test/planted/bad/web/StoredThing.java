package org.renewal.platform.test.planted.bad.web;

import org.springframework.data.mongodb.core.mapping.Document;

/** Planted: a stored document. */
@Document("things")
public record StoredThing(String id) {
}
