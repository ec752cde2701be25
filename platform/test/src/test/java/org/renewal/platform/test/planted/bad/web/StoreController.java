package org.renewal.platform.test.planted.bad.web;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.RestController;

/** Planted: a controller that queries the store itself and returns stored documents. */
@RestController
public class StoreController {

    private final MongoTemplate mongo;

    public StoreController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<StoredThing> things() {
        org.renewal.platform.security.Caller.current();
        return mongo.findAll(StoredThing.class);
    }
}
