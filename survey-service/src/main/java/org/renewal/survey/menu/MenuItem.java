package org.renewal.survey.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A menu item as last published by plan-service; {@code sourceVersion} is the newest event applied. */
@Document("menu_items")
@Schema(name = "MenuItem", description = "An item of the renovation menu (改造菜单), as published by plan-service")
public record MenuItem(
        @Id @Schema(example = "ROOF_WATERPROOFING") String code,
        @Schema(example = "屋面防水") String labelZh,
        @Schema(example = "Roof waterproofing") String labelEn,
        @Schema(example = "HOUSING_FUNCTION") String category,
        @Schema(example = "BASIC") String nationalClass,
        @Schema(example = "10") int displayOrder,
        @Schema(description = "Retired items are no longer offered", example = "false") boolean retired,
        @JsonIgnore @Schema(hidden = true) long sourceVersion) {
}
