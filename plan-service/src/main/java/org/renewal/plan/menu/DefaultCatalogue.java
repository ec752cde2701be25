package org.renewal.plan.menu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.renewal.platform.outbox.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Installs the default catalogue (resource {@code menu/default-catalogue.csv}) at start: each item not
 * yet in the store is inserted with its {@code plan.MenuItemPublished}; items already there (perhaps
 * re-priced by a district) are left alone. Safe to run on every start and on several replicas.
 */
@Component
class DefaultCatalogue {

    private static final Logger log = LoggerFactory.getLogger(DefaultCatalogue.class);

    private final MongoTemplate mongo;
    private final OutboxWriter outbox;

    DefaultCatalogue(MongoTemplate mongo, OutboxWriter outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    static List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("menu/default-catalogue.csv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 7);
                items.add(MenuItem.create(f[0], null, f[5], f[6], MenuCategory.valueOf(f[1]), NationalClass.valueOf(f[2]), f[3],
                        Long.parseLong(f[4]), (items.size() + 1) * 10));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    @EventListener(ApplicationReadyEvent.class)
    void install() {
        int added = 0;
        for (MenuItem item : items()) {
            Query byId = Query.query(Criteria.where("_id").is(item.getId()));
            if (mongo.exists(byId, MenuItem.class)) {
                // items stored before they carried their code and district get them (no event: nothing changed)
                mongo.updateFirst(Query.query(Criteria.where("_id").is(item.getId()).and("code").exists(false)),
                        new Update().set("code", item.getId()).set("districtCode", null), MenuItem.class);
                continue;
            }
            try {
                outbox.save(item);
                added++;
            } catch (DuplicateKeyException anotherReplicaWasFaster) {
                // fine: it is there now
            }
        }
        if (added > 0) {
            log.info("Installed {} items of the default renovation menu", added);
        }
    }
}
