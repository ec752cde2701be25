package org.renewal.plan.menu;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.web.ApiException;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plan/menu-items")
@Tag(name = "Menu 改造菜单", description = "The renovation menu residents choose from (四(三))")
class MenuController {

    private final MongoTemplate mongo;

    MenuController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Schema(name = "PlanMenuItem", description = "An item of the renovation menu (改造菜单项)")
    record MenuItemView(@Schema(example = "ROOF_WATERPROOFING") String code,
                        @Schema(example = "屋面防水") String labelZh,
                        @Schema(example = "Roof waterproofing") String labelEn,
                        @Schema(example = "HOUSING_FUNCTION") MenuCategory category,
                        @Schema(example = "BASIC") NationalClass nationalClass,
                        @Schema(example = "m2") String unit,
                        @Schema(description = "Default unit cost in fen (分)", example = "8000") long unitCost,
                        @Schema(example = "10") int displayOrder,
                        @Schema(example = "false") boolean retired) {

        static MenuItemView of(MenuItem i) {
            return new MenuItemView(i.getId(), i.labelZh(), i.labelEn(), i.category(), i.nationalClass(), i.unit(),
                    i.unitCost(), i.displayOrder(), i.retired());
        }
    }

    @GetMapping
    @Operation(summary = "The menu catalogue", description = "In \"inside first\" order (先里子、后面子): housing "
            + "function and infrastructure before public services and appearance. Unit costs in fen.")
    List<MenuItemView> items(@Parameter(description = "Only this category") @RequestParam(required = false)
                             MenuCategory category,
                             @Parameter(description = "Include retired items") @RequestParam(defaultValue = "false")
                             boolean includeRetired) {
        Query query = new Query();
        if (category != null) {
            query.addCriteria(where("category").is(category));
        }
        if (!includeRetired) {
            query.addCriteria(where("retired").is(false));
        }
        return mongo.find(query.with(Sort.by("displayOrder")), MenuItem.class).stream().map(MenuItemView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One menu item")
    MenuItemView item(@PathVariable String code) {
        MenuItem item = mongo.findOne(query(where("_id").is(code)), MenuItem.class);
        if (item == null) {
            throw ApiException.notFound("MENU_ITEM_NOT_FOUND", code);
        }
        return MenuItemView.of(item);
    }

    @Bean
    static Dictionary menuCategories() {
        return Dictionary.of("menuCategories", "Menu categories (改造内容类别)", MenuCategory.class);
    }

    @Bean
    static Dictionary nationalClasses() {
        return Dictionary.of("nationalClasses", "National classes of renovation content (基础类/完善类/提升类)",
                NationalClass.class);
    }
}
