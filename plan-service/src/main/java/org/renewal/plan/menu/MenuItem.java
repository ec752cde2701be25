package org.renewal.plan.menu;

import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.platform.outbox.OutboxAggregate;
import org.springframework.data.mongodb.core.mapping.Document;

/** An item of the menu catalogue; its id is its code. Announces itself as it stands after each change. */
@Document("menu_items")
class MenuItem extends OutboxAggregate {

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

    private MenuItem(String code) {
        super(code);
    }

    static MenuItem create(String code, String labelZh, String labelEn, MenuCategory category,
                           NationalClass nationalClass, String unit, long unitCost, int displayOrder) {
        MenuItem item = new MenuItem(code);
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

    private void publish() {
        record(new MenuItemPublished(id, labelZh, labelEn, category.name(), nationalClass.name(), unit, unitCost,
                displayOrder, retired));
    }

    String labelZh() { return labelZh; }

    String labelEn() { return labelEn; }

    MenuCategory category() { return category; }

    NationalClass nationalClass() { return nationalClass; }

    String unit() { return unit; }

    long unitCost() { return unitCost; }

    int displayOrder() { return displayOrder; }

    boolean retired() { return retired; }
}
