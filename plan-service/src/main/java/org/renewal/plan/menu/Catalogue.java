package org.renewal.plan.menu;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** The menu as a district sees it: the city's defaults, replaced or extended by the district's own items. */
@Service
public class Catalogue {

    private final MongoTemplate mongo;

    Catalogue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A menu item as priced now for a district. */
    public record Priced(String code, String labelZh, String labelEn, String unit, long unitCost, boolean retired) {
    }

    public Optional<Priced> find(String code, String districtCode) {
        MenuItem own = districtCode == null ? null : mongo.findById(MenuItem.idOf(code, districtCode), MenuItem.class);
        MenuItem item = own != null ? own : mongo.findById(MenuItem.idOf(code, null), MenuItem.class);
        return Optional.ofNullable(item).map(i -> new Priced(i.code(), i.labelZh(), i.labelEn(), i.unit(),
                i.unitCost(), i.retired()));
    }

    /** The effective items of a district (null: the city's defaults), in "inside first" order. */
    List<MenuItem> effective(String districtCode) {
        Criteria scope = districtCode == null ? where("districtCode").is(null)
                : new Criteria().orOperator(where("districtCode").is(null), where("districtCode").is(districtCode));
        Map<String, MenuItem> byCode = new LinkedHashMap<>();
        for (MenuItem item : mongo.find(query(scope), MenuItem.class)) {
            MenuItem present = byCode.get(item.code());
            if (present == null || item.districtCode() != null) {
                byCode.put(item.code(), item);
            }
        }
        List<MenuItem> items = new ArrayList<>(byCode.values());
        items.sort(Comparator.comparingInt(MenuItem::displayOrder).thenComparing(MenuItem::code));
        return items;
    }
}
