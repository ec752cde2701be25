package org.renewal.contracts.plan;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.MenuItemPublished} v1: an item of the renovation menu catalogue (改造菜单) as it now
 * stands: added or re-priced (a retirement is {@link MenuItemRetired}). Other services keep the
 * catalogue as a read model from these; the record key is the item's id ({@code code}, or
 * {@code districtCode:code} for a district's item).
 *
 * @param code          stable item code, e.g. {@code ROOF_WATERPROOFING}
 * @param labelZh       Chinese label
 * @param labelEn       English label
 * @param category      seed category: {@code HOUSING_FUNCTION}, {@code INFRASTRUCTURE},
 *                      {@code PUBLIC_SERVICES} or {@code LIVING_ENVIRONMENT}
 * @param nationalClass State Council class: {@code BASIC} (基础类), {@code IMPROVEMENT} (完善类) or
 *                      {@code UPGRADE} (提升类)
 * @param unit          unit of measure, e.g. {@code m2}
 * @param unitCost      default unit cost in fen (分)
 * @param displayOrder  position in "inside first" order (先里子、后面子)
 * @param retired       a retired item stays readable but is no longer offered
 * @param districtCode  null for the city's default catalogue; a district's code for that district's own
 *                      item or its re-priced copy of a default item (it then replaces the default there)
 */
public record MenuItemPublished(
        String code,
        String labelZh,
        String labelEn,
        String category,
        String nationalClass,
        String unit,
        long unitCost,
        int displayOrder,
        boolean retired,
        String districtCode) implements EventPayload {

    public static final String TYPE = "plan.MenuItemPublished";
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
