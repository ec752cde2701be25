package org.renewal.survey.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A menu item as last published by plan-service; {@code sourceVersion} is the newest event applied. Id:
 * the code for the city's default, {@code districtCode:code} for a district's own item or copy.
 */
@Document("menu_items")
public record MenuItem(
        @JsonIgnore @Id @Schema(hidden = true) String id,
        @Schema(example = "ROOF_WATERPROOFING") String code,
        @Schema(example = "屋面防水") String labelZh,
        @Schema(example = "Roof waterproofing") String labelEn,
        @Schema(example = "HOUSING_FUNCTION") String category,
        @Schema(example = "BASIC") String nationalClass,
        @Schema(example = "10") Integer displayOrder,
        @Schema(description = "Retired items are no longer offered", example = "false") boolean retired,
        @Schema(description = "null: the city's default; else the district's own item or copy", example = "null")
        String districtCode,
        @JsonIgnore @Schema(hidden = true) long sourceVersion) {

    /**
     * This district entry laid over the default item: a district's retirement may arrive for an item it
     * never re-published, so what it does not say comes from the default.
     */
    MenuItem over(MenuItem defaults) {
        if (defaults == null || labelZh != null) {
            return this;
        }
        return new MenuItem(id, code, defaults.labelZh, defaults.labelEn, defaults.category, defaults.nationalClass,
                defaults.displayOrder, retired, districtCode, sourceVersion);
    }

    int order() {
        return displayOrder == null ? Integer.MAX_VALUE : displayOrder;
    }
}
