package org.renewal.platform.test.planted.good.domain;

import org.renewal.platform.outbox.OutboxAggregate;
import org.renewal.platform.rules.DomainException;
import org.springframework.data.mongodb.core.mapping.Document;

/** The same aggregate, refusing as the domain does. */
@Document("goods")
public class GoodAggregate extends OutboxAggregate {

    public void refuse() {
        throw DomainException.conflict("ALREADY_DONE");
    }
}
