package org.renewal.plan.programme;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The programme's figures, summed per (district, street, batch year) cell and kept in memory, so the
 * overview answers in microseconds whatever the number of communities: a query sums a few dozen cells.
 * The cells are rebuilt from the read model in the background whenever it changed — every change of
 * the read model (by any instance) increments one counter document, and the refresher rebuilds when
 * the counter moved — so the figures follow an event within a refresh interval (0.5 s by default) plus
 * the rebuild. While events stream in (an import of the national register moves the counter many times
 * a second), rebuilds are spaced so that rebuilding takes at most a tenth of the time: with 220,000
 * communities the figures then trail the events by about ten rebuilds' time, and the read model's
 * store is not scanned back to back. The read model in MongoDB stays the truth; the cells are a derived
 * cache, rebuilt in full after a restart.
 */
@Component
class ProgrammeFigures {

    static final String META = "programme_meta";
    private static final Logger log = LoggerFactory.getLogger(ProgrammeFigures.class);
    private static final int STAGES = ProgrammeStage.values().length;

    /**
     * The fields {@link Cell#add} reads, and only those: a store without server-side cursors (the development
     * stand-in) holds a whole scan's documents in memory until they are read, so what is not needed is not sent.
     */
    private static final String[] CELL_FIELDS = {"districtCode", "streetCode", "batchYear", "stageOrder", "buildings",
            "households", "floorArea", "lateItems", "openFindings", "fundingPlanned", "fundingPledged", "fundingReceived",
            "satisfaction", "satisfactionRespondents", "acceptedOn"};

    /** Rebuilding may take this share of the time at most (1 in 10). */
    private static final int DUTY = 10;

    private final MongoTemplate mongo;
    private volatile Snapshot snapshot;
    /** When the last rebuild ended and how long it took (nanoTime). */
    private volatile long lastRebuildEnd;
    private volatile long lastRebuildTook;

    ProgrammeFigures(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Sums of one (district, street, batch year) cell. */
    static final class Cell {
        final String district;
        final String street;
        final Integer year;
        final long[][] stages = new long[STAGES][3];
        final BigDecimal[] areas = new BigDecimal[STAGES];
        long withLateMilestones;
        long openFindings;
        final Map<String, long[]> funding = new HashMap<>();
        int satisfactionCommunities;
        long satisfactionRespondents;
        BigDecimal satisfactionWeighted = BigDecimal.ZERO;
        /** Acceptances per date (not cumulative): communities, buildings, households; and m². */
        final TreeMap<LocalDate, long[]> accepted = new TreeMap<>();
        final TreeMap<LocalDate, BigDecimal> acceptedArea = new TreeMap<>();

        Cell(String district, String street, Integer year) {
            this.district = district;
            this.street = street;
            this.year = year;
            java.util.Arrays.fill(areas, BigDecimal.ZERO);
        }

        void add(ProgrammeCommunity c) {
            BigDecimal area = c.floorArea() == null ? BigDecimal.ZERO : c.floorArea();
            for (int s = 0; s <= Math.min(c.order(), STAGES - 1); s++) {
                stages[s][0]++;
                stages[s][1] += c.buildingCount();
                stages[s][2] += c.householdCount();
                areas[s] = areas[s].add(area);
            }
            withLateMilestones += c.lateItems() != null && !c.lateItems().isEmpty() ? 1 : 0;
            openFindings += c.openFindings() == null ? 0 : c.openFindings().size();
            add(c.fundingPlanned(), 0);
            add(c.fundingPledged(), 1);
            add(c.fundingReceived(), 2);
            if (c.satisfaction() != null && c.satisfactionRespondents() != null && c.satisfactionRespondents() > 0) {
                satisfactionCommunities++;
                satisfactionRespondents += c.satisfactionRespondents();
                satisfactionWeighted = satisfactionWeighted.add(c.satisfaction()
                        .multiply(BigDecimal.valueOf(c.satisfactionRespondents())));
            }
            if (c.acceptedOn() != null) {
                long[] day = accepted.computeIfAbsent(c.acceptedOn(), d -> new long[3]);
                day[0]++;
                day[1] += c.buildingCount();
                day[2] += c.householdCount();
                acceptedArea.merge(c.acceptedOn(), area, BigDecimal::add);
            }
        }

        private void add(Map<String, Long> byChannel, int column) {
            if (byChannel != null) {
                byChannel.forEach((channel, fen) -> {
                    long[] sums = funding.computeIfAbsent(channel, k -> new long[3]);
                    sums[column] = Math.addExact(sums[column], fen == null ? 0 : fen);
                });
            }
        }
    }

    record Snapshot(long changes, List<Cell> cells) {
    }

    /** Notes that the read model changed (called after each of its writes, on any instance). */
    void changed() {
        mongo.upsert(query(where("_id").is("changes")), new Update().inc("n", 1L), META);
    }

    /** The cells that match, from the newest snapshot (built now if there is none yet). */
    List<Cell> cells(Predicate<Cell> filter) {
        Snapshot current = snapshot;
        if (current == null) {
            current = rebuild();
        }
        return current.cells().stream().filter(filter).toList();
    }

    @Scheduled(initialDelayString = "${renewal.plan.programme.figures-refresh:PT0.5S}",
            fixedDelayString = "${renewal.plan.programme.figures-refresh:PT0.5S}")
    void refresh() {
        try {
            Snapshot current = snapshot;
            if (current != null && System.nanoTime() - lastRebuildEnd < (DUTY - 1) * lastRebuildTook) {
                return;
            }
            if (current == null || current.changes() != changes()) {
                rebuild();
            }
        } catch (RuntimeException e) {
            log.warn("Programme figures not refreshed, will try again: {}", e.toString());
        }
    }

    private long changes() {
        Document meta = mongo.findById("changes", Document.class, META);
        return meta == null ? 0 : ((Number) meta.get("n")).longValue();
    }

    /**
     * Rebuilds every cell. The counter is read before the communities: a change that lands during the
     * rebuild moves the counter past what is recorded here, so the next refresh rebuilds again.
     */
    synchronized Snapshot rebuild() {
        long started = System.nanoTime();
        long changes = changes();
        Map<List<Object>, Cell> cells = new HashMap<>();
        Query all = new Query();
        all.fields().include(CELL_FIELDS).exclude("_id");
        try (Stream<ProgrammeCommunity> communities = mongo.stream(all, ProgrammeCommunity.class)) {
            communities.forEach(c -> cells.computeIfAbsent(java.util.Arrays.asList(c.districtCode(), c.streetCode(),
                    c.batchYear()), k -> new Cell(c.districtCode(), c.streetCode(), c.batchYear())).add(c));
        }
        Snapshot built = new Snapshot(changes, new ArrayList<>(cells.values()));
        snapshot = built;
        lastRebuildEnd = System.nanoTime();
        lastRebuildTook = lastRebuildEnd - started;
        return built;
    }
}
