package org.renewal.platform.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Scheduled work that happens once per cluster, however many replicas run the schedule: before a sweep runs, its
 * replica takes the sweep's lease in the service's own database (collection {@code leases}, one document per
 * sweep), and a replica that finds it held skips that run. The same idea as ShedLock's MongoDB provider (whose
 * Spring 7 line is not published for MongoDB): the lease is taken by one atomic find-and-modify that matches only
 * an expired lease, or by inserting the first one — two replicas racing for it collide on the document's id.
 *
 * <p>A lease is held at most {@code atMost} (a replica that dies mid-run frees it then) and at least
 * {@code atLeast} after the run started, so replicas whose schedules fire a little apart (clocks, start times)
 * do not run the same sweep again right after it finished.
 */
public final class ClusterLeases {

    static final String COLLECTION = "leases";
    private static final Logger log = LoggerFactory.getLogger(ClusterLeases.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String holder;

    public ClusterLeases(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    ClusterLeases(MongoTemplate mongo, Clock clock, String holder) {
        this.mongo = mongo;
        this.clock = clock;
        this.holder = holder;
    }

    /**
     * Runs {@code work} if this replica takes the lease {@code name}; returns whether it ran. The lease is released
     * when the work ends, but not before {@code atLeast} after it was taken.
     */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable work) {
        if (atLeast.compareTo(atMost) > 0) {
            throw new IllegalArgumentException("atLeast " + atLeast + " is longer than atMost " + atMost);
        }
        Instant taken = clock.instant();
        if (!take(name, taken, atMost)) {
            log.debug("{} skipped: another replica holds its lease", name);
            return false;
        }
        try {
            work.run();
        } finally {
            Instant until = taken.plus(atLeast);
            Instant now = clock.instant();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("holder").is(holder)),
                    new Update().set("until", until.isAfter(now) ? until : now), COLLECTION);
        }
        return true;
    }

    /**
     * A sweep that every replica schedules every {@code interval}: run by one replica per interval — the lease held
     * at least half the interval (schedules that fire apart do not repeat it at once) and at most the longer of the
     * interval and ten minutes (a replica killed mid-run frees it then).
     */
    public boolean runOncePerInterval(String name, Duration interval, Runnable work) {
        Duration atMost = interval.compareTo(Duration.ofMinutes(10)) > 0 ? interval : Duration.ofMinutes(10);
        return runOnce(name, interval.dividedBy(2), atMost, work);
    }

    private boolean take(String name, Instant now, Duration atMost) {
        Query expired = Query.query(Criteria.where("_id").is(name).and("until").lte(now));
        Update lease = new Update().set("until", now.plus(atMost)).set("holder", holder).set("takenAt", now);
        try {
            Document got = mongo.findAndModify(expired, lease, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION);
            return got != null && holder.equals(got.getString("holder"));
        } catch (DuplicateKeyException held) {
            return false; // the lease exists and has not expired: the upsert's insert met its id
        }
    }
}
