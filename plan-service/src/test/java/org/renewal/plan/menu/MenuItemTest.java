package org.renewal.plan.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.EventPayload;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.platform.rules.DomainException;

/** A menu item (改造菜单) as an aggregate: published, re-priced, copied for a district, retired once. */
class MenuItemTest {

    private static MenuItem roof(String district) {
        return MenuItem.create("ROOF_WATERPROOFING", district, "屋面防水", "Roof waterproofing",
                MenuCategory.values()[0], NationalClass.values()[0], "m2", 8_000, 10);
    }

    private static List<String> types(MenuItem item) {
        return item.recordedSinceSave().stream().map(EventPayload::eventType).toList();
    }

    @Test
    void aDistrictsCopyReplacesTheDefaultThereAndIsPublishedAsTheDistricts() {
        MenuItem copy = roof(null).copyFor("220302");

        assertThat(copy.getId()).isEqualTo(MenuItem.idOf("ROOF_WATERPROOFING", "220302")).isNotEqualTo(
                MenuItem.idOf("ROOF_WATERPROOFING", null));
        assertThat(((MenuItemPublished) copy.recordedSinceSave().get(0)).districtCode()).isEqualTo("220302");
    }

    @Test
    void aRepricedItemIsPublishedAgainWithItsNewCost() {
        MenuItem item = roof("220302");
        item.reprice(9_500);

        assertThat(item.unitCost()).isEqualTo(9_500);
        assertThat(((MenuItemPublished) item.recordedSinceSave().get(1)).unitCost()).isEqualTo(9_500);
    }

    @Test
    void aRetiredItemIsNeitherRepricedNorRetiredAgain() {
        MenuItem item = roof(null);
        item.retire();

        assertThat(types(item)).containsExactly("plan.MenuItemPublished", "plan.MenuItemRetired");
        assertThatThrownBy(() -> item.reprice(1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("MENU_ITEM_RETIRED"));
        assertThatThrownBy(item::retire).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED));
    }
}
