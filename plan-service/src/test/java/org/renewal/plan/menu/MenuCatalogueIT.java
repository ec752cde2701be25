package org.renewal.plan.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The default menu is installed once, served inside-first, and published for other services. */
@ServiceIntegrationTest
class MenuCatalogueIT {

    @LocalServerPort
    int port;

    @Autowired
    DefaultCatalogue catalogue;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void everySeedItemIsServedInsideFirstWithBothClassifications() {
        JsonNode items = Http.at(port).as(TestIssuer.get().resident("220302", "1-1-101"))
                .get("/api/plan/menu-items").json();

        assertThat(items).hasSize(DefaultCatalogue.items().size()).hasSizeGreaterThanOrEqualTo(40);
        List<String> categories = new ArrayList<>();
        items.forEach(i -> categories.add(i.get("category").asString()));
        assertThat(categories).isSortedAccordingTo((a, b) -> MenuCategory.valueOf(a).compareTo(MenuCategory.valueOf(b)));
        JsonNode elevator = Http.at(port).as(TestIssuer.get().cityOffice()).get("/api/plan/menu-items/ELEVATOR_RETROFIT")
                .json();
        assertThat(elevator.get("labelZh").asString()).isEqualTo("加装电梯（试点）");
        assertThat(elevator.get("nationalClass").asString()).isEqualTo("IMPROVEMENT");
        assertThat(elevator.get("unitCost").asLong()).isPositive();
        assertThat(Http.at(port).as(TestIssuer.get().cityOffice()).get("/api/plan/menu-items/NOPE").status())
                .isEqualTo(404);
    }

    @Test
    void everyItemIsPublishedAndInstallingAgainPublishesNothing() {
        int size = DefaultCatalogue.items().size();
        String kafka = EmbeddedInfrastructure.get().kafkaBootstrapServers();
        var published = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, size, Duration.ofSeconds(30));
        List<MenuItemPublished> items = published.stream()
                .map(r -> envelopes.payload(envelopes.read(r.value()), MenuItemPublished.class)).toList();
        assertThat(items).extracting(MenuItemPublished::code).containsAll(
                DefaultCatalogue.items().stream().map(MenuItem::getId).toList());
        MenuItemPublished roof = items.stream().filter(i -> i.code().equals("ROOF_WATERPROOFING")).findFirst()
                .orElseThrow();
        assertThat(roof.category()).isEqualTo("HOUSING_FUNCTION");
        assertThat(roof.retired()).isFalse();
        // other test contexts of this run (own databases) publish their own copies: count what is there now
        int before = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3)).size();

        catalogue.install();

        assertThat(mongo.getCollection("menu_items").countDocuments()).isEqualTo(size);
        int after = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3)).size();
        assertThat(after).isEqualTo(before);
    }
}
