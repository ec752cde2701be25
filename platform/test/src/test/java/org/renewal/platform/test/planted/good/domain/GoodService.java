package org.renewal.platform.test.planted.good.domain;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The store access, owned by the feature's service. */
public class GoodService {

    private final MongoTemplate mongo;

    public GoodService(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<String> names() {
        return mongo.findAll(GoodAggregate.class).stream().map(GoodAggregate::getId).toList();
    }
}
