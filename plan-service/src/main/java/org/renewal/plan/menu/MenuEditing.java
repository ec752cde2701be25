package org.renewal.plan.menu;

import org.renewal.platform.outbox.OutboxWriter;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Districts extend, re-price and retire the renovation menu for themselves; the city office edits the defaults. A
 * district's first edit of a default item makes the district's own copy. Every change is announced (outbox).
 */
@Service
class MenuEditing {

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;
    private final Catalogue catalogue;

    MenuEditing(MongoTemplate mongo, OutboxWriter outbox, Catalogue catalogue) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.catalogue = catalogue;
    }

    MenuItem add(Caller caller, String code, String labelZh, String labelEn, MenuCategory category,
                 NationalClass nationalClass, String unit, long unitCost) {
        String district = editingDistrict(caller);
        if (catalogue.find(code, district).isPresent()) {
            throw DomainException.conflict("MENU_ITEM_EXISTS", code);
        }
        int order = catalogue.effective(district).stream().mapToInt(MenuItem::displayOrder).max().orElse(0) + 10;
        MenuItem item = MenuItem.create(code, district, labelZh.strip(), labelEn.strip(), category, nationalClass,
                unit.strip(), unitCost, order);
        try {
            return outbox.save(item);
        } catch (DuplicateKeyException raced) {
            throw DomainException.conflict("MENU_ITEM_EXISTS", code);
        }
    }

    MenuItem reprice(Caller caller, String code, long unitCost) {
        MenuItem item = editable(caller, code);
        item.reprice(unitCost);
        return outbox.save(item);
    }

    MenuItem retire(Caller caller, String code) {
        MenuItem item = editable(caller, code);
        item.retire();
        return outbox.save(item);
    }

    /** The item as the district has it: its own, else the default. */
    MenuItem effective(String code, String district) {
        MenuItem own = district == null ? null : mongo.findById(MenuItem.idOf(code, district), MenuItem.class);
        MenuItem item = own != null ? own : mongo.findById(MenuItem.idOf(code, null), MenuItem.class);
        if (item == null) {
            throw DomainException.notFound("MENU_ITEM_NOT_FOUND", code);
        }
        return item;
    }

    /** The district an edit applies to: the district office's own; null (the defaults) for the city office. */
    private static String editingDistrict(Caller caller) {
        return caller.has(Role.DISTRICT_OFFICE) && caller.districtCode() != null ? caller.districtCode() : null;
    }

    private MenuItem editable(Caller caller, String code) {
        String district = editingDistrict(caller);
        MenuItem item = effective(code, district);
        return district != null && item.districtCode() == null ? item.copyFor(district) : item;
    }
}
