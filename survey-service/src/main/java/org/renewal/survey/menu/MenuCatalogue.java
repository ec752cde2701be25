package org.renewal.survey.menu;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.platform.consumer.ReadModelUpdates;
import org.renewal.platform.events.EventEnvelope;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The menu read model: applies plan's events at most once and answers which codes a district offers. */
@Service
public class MenuCatalogue {

    private final MongoTemplate mongo;
    private final ReadModelUpdates updates;

    MenuCatalogue(MongoTemplate mongo, ReadModelUpdates updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    public boolean apply(EventEnvelope envelope, MenuItemPublished item) {
        Update update = new Update()
                .set("code", item.code())
                .set("districtCode", item.districtCode())
                .set("labelZh", item.labelZh())
                .set("labelEn", item.labelEn())
                .set("category", item.category())
                .set("nationalClass", item.nationalClass())
                .set("displayOrder", item.displayOrder())
                .set("retired", item.retired());
        return updates.applyIfNewer(MenuItem.class, envelope.aggregateId(), envelope.aggregateVersion(), update);
    }

    public boolean apply(EventEnvelope envelope, MenuItemRetired retired) {
        return updates.applyIfNewer(MenuItem.class, envelope.aggregateId(), envelope.aggregateVersion(),
                new Update().set("code", retired.code()).set("districtCode", retired.districtCode())
                        .set("retired", true));
    }

    /** A district's items (null: the city's defaults) in "inside first" order, retired ones only when asked. */
    public List<MenuItem> items(String districtCode, boolean includeRetired) {
        Query query = districtCode == null ? query(where("districtCode").is(null))
                : query(new org.springframework.data.mongodb.core.query.Criteria().orOperator(
                        where("districtCode").is(null), where("districtCode").is(districtCode)));
        return merged(mongo.find(query, MenuItem.class)).values().stream()
                .filter(i -> i.labelZh() != null && (includeRetired || !i.retired()))
                .sorted(java.util.Comparator.comparingInt(MenuItem::order).thenComparing(MenuItem::code))
                .toList();
    }

    /** The items a district offers among {@code codes}, by code (unknown codes are absent). */
    public Map<String, MenuItem> find(Collection<String> codes, String districtCode) {
        List<String> ids = new java.util.ArrayList<>(codes);
        if (districtCode != null) {
            codes.forEach(code -> ids.add(districtCode + ":" + code));
        }
        return merged(mongo.find(query(where("_id").in(ids)), MenuItem.class));
    }

    /** By code: the default item, or the district's entry laid over it. */
    private static Map<String, MenuItem> merged(List<MenuItem> items) {
        Map<String, MenuItem> defaults = new LinkedHashMap<>();
        items.stream().filter(i -> i.districtCode() == null).forEach(i -> defaults.put(i.code(), i));
        Map<String, MenuItem> merged = new LinkedHashMap<>(defaults);
        items.stream().filter(i -> i.districtCode() != null)
                .forEach(i -> merged.put(i.code(), i.over(defaults.get(i.code()))));
        return merged;
    }
}
