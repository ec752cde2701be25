package org.renewal.survey.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The register's natural key as a unique index on district, street and the name's key ({@link CommunityNames}).
 * Communities stored before the key existed get it first (at start, before requests are served), then the index
 * is ensured; a register that already holds two look-alike names in one street cannot take the index, which is
 * logged with both names — registration still refuses look-alikes by query until someone merges them.
 */
@Component
class NameKeyIndex implements InitializingBean {

    static final String NAME = "natural_name_key";
    private static final Logger log = LoggerFactory.getLogger(NameKeyIndex.class);

    private final MongoTemplate mongo;

    NameKeyIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        String collection = mongo.getCollectionName(Community.class);
        Query missing = Query.query(where("nameKey").exists(false));
        missing.fields().include("_id").include("name");
        int filled = 0;
        for (Document community : mongo.find(missing, Document.class, collection)) {
            mongo.updateFirst(Query.query(where("_id").is(community.get("_id"))),
                    new Update().set("nameKey", CommunityNames.key(community.getString("name"))), collection);
            filled++;
        }
        if (filled > 0) {
            log.info("gave {} communities stored before it their name key", filled);
        }
        try {
            mongo.indexOps(collection).createIndex(new Index().on("districtCode", Sort.Direction.ASC)
                    .on("streetCode", Sort.Direction.ASC).on("nameKey", Sort.Direction.ASC).unique().named(NAME));
        } catch (RuntimeException lookAlikesStored) {
            log.error("the register holds look-alike community names in one street, so the unique index {} cannot be "
                    + "built; registration still refuses new look-alikes. Merge or rename them: {}", NAME,
                    lookAlikesStored.getMessage());
        }
    }
}
