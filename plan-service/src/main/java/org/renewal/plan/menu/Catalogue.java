package org.renewal.plan.menu;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The menu as other parts of plan-service use it: an item's labels, unit and current unit cost. */
@Service
public class Catalogue {

    private final MongoTemplate mongo;

    Catalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A menu item as priced now. */
    public record Priced(String code, String labelZh, String labelEn, String unit, long unitCost, boolean retired) {
    }

    public Optional<Priced> find(String code) {
        MenuItem item = mongo.findById(code, MenuItem.class);
        return Optional.ofNullable(item).map(i -> new Priced(i.getId(), i.labelZh(), i.labelEn(), i.unit(),
                i.unitCost(), i.retired()));
    }
}
