package org.renewal.survey.menu;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The menu read model: applies plan's events at most once and answers which codes are offered. */
@Service
public class MenuCatalogue {

    private final MongoTemplate mongo;
    private final ReadModelUpdates updates;

    MenuCatalogue(MongoTemplate mongo, ReadModelUpdates updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    boolean apply(EventEnvelope envelope, MenuItemPublished item) {
        Update update = new Update()
                .set("labelZh", item.labelZh())
                .set("labelEn", item.labelEn())
                .set("category", item.category())
                .set("nationalClass", item.nationalClass())
                .set("displayOrder", item.displayOrder())
                .set("retired", item.retired());
        return updates.applyIfNewer(MenuItem.class, item.code(), envelope.aggregateVersion(), update);
    }

    /** Items in "inside first" order (先里子、后面子), retired ones only when asked. */
    public List<MenuItem> items(boolean includeRetired) {
        Query query = includeRetired ? new Query() : query(where("retired").is(false));
        return mongo.find(query.with(Sort.by("displayOrder", "code")), MenuItem.class);
    }

    /** The known items among {@code codes}, by code (unknown codes are absent). */
    public Map<String, MenuItem> find(Collection<String> codes) {
        return mongo.find(query(where("code").in(codes)), MenuItem.class).stream()
                .collect(Collectors.toMap(MenuItem::code, Function.identity()));
    }
}
