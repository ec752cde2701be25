package org.renewal.platform.test.planted.bad.domain;

import org.renewal.platform.outbox.OutboxAggregate;
import org.springframework.http.HttpStatus;

/** Planted: an aggregate that decides an HTTP status. */
public class WebAggregate extends OutboxAggregate {

    public HttpStatus refuse() {
        return HttpStatus.CONFLICT;
    }
}
