package org.renewal.contracts.plan;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.MenuItemRetired} v1: a menu item is no longer offered — in the whole city (district null)
 * or in one district. Plans and answers that named it stay readable; new ones may not use it.
 *
 * @param code         the item code
 * @param districtCode null for the city's default catalogue, else the district that retired it
 */
public record MenuItemRetired(String code, String districtCode) implements EventPayload {

    public static final String TYPE = "plan.MenuItemRetired";
    public static final int VERSION = 1;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int eventVersion() {
        return VERSION;
    }

    @Override
    public String topic() {
        return PlanTopics.MENU;
    }
}
