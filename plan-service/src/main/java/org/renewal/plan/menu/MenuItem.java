package org.renewal.plan.menu;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An item of the menu catalogue. A default item (the city's catalogue) has its code as id; a district's
 * own item, or its re-priced or retired copy of a default item, has id {@code districtCode:code} and
 * replaces the default in that district. Announces itself after each change.
 */
@Document("menu_items")
class MenuItem extends OutboxAggregate {

    private String code;
    private String districtCode;
    private String labelZh;
    private String labelEn;
    private MenuCategory category;
    private NationalClass nationalClass;
    private String unit;
    /** Default unit cost in fen (分). */
    private long unitCost;
    private int displayOrder;
    private boolean retired;

    protected MenuItem() {
    }

    private MenuItem(String id) {
        super(id);
    }

    static String idOf(String code, String districtCode) {
        return districtCode == null ? code : districtCode + ":" + code;
    }

    static MenuItem create(String code, String districtCode, String labelZh, String labelEn, MenuCategory category,
                           NationalClass nationalClass, String unit, long unitCost, int displayOrder) {
        MenuItem item = new MenuItem(idOf(code, districtCode));
        item.code = code;
        item.districtCode = districtCode;
        item.labelZh = labelZh;
        item.labelEn = labelEn;
        item.category = category;
        item.nationalClass = nationalClass;
        item.unit = unit;
        item.unitCost = unitCost;
        item.displayOrder = displayOrder;
        item.publish();
        return item;
    }

    /** A district's copy of this (default) item, which then replaces it in that district. */
    MenuItem copyFor(String district) {
        MenuItem copy = new MenuItem(idOf(code, district));
        copy.code = code;
        copy.districtCode = district;
        copy.labelZh = labelZh;
        copy.labelEn = labelEn;
        copy.category = category;
        copy.nationalClass = nationalClass;
        copy.unit = unit;
        copy.unitCost = unitCost;
        copy.displayOrder = displayOrder;
        copy.retired = retired;
        copy.publish();
        return copy;
    }

    void reprice(long newUnitCost) {
        if (retired) {
            throw DomainException.ruleViolated("MENU_ITEM_RETIRED", code);
        }
        unitCost = newUnitCost;
        publish();
    }

    void retire() {
        if (retired) {
            throw DomainException.ruleViolated("MENU_ITEM_RETIRED", code);
        }
        retired = true;
        record(new MenuItemRetired(code, districtCode));
    }

    private void publish() {
        record(new MenuItemPublished(code, labelZh, labelEn, category.name(), nationalClass.name(), unit, unitCost,
                displayOrder, retired, districtCode));
    }

    String code() { return code; }

    String districtCode() { return districtCode; }

    String labelZh() { return labelZh; }

    String labelEn() { return labelEn; }

    MenuCategory category() { return category; }

    NationalClass nationalClass() { return nationalClass; }

    String unit() { return unit; }

    long unitCost() { return unitCost; }

    int displayOrder() { return displayOrder; }

    boolean retired() { return retired; }
}
