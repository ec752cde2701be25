package org.renewal.plan.menu;

import org.renewal.platform.dictionary.Labelled;

/** The seed's four categories of renovation content (改造内容, 四(三)), in "inside first" order. */
public enum MenuCategory implements Labelled {
    HOUSING_FUNCTION("改善房屋功能", "Housing function"),
    INFRASTRUCTURE("改造基础设施", "Infrastructure"),
    PUBLIC_SERVICES("改进公共服务", "Public services"),
    LIVING_ENVIRONMENT("改观居住环境", "Living environment");

    private final Label label;

    MenuCategory(String zh, String en) {
        this.label = new Label(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
