package org.renewal.survey.community;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every assessment current when nothing about the community changed but the rule's inputs did:
 * a new programme year (a renovation stops being recent) or changed settings. Runs at start and every
 * hour; each community is reassessed in its own write, so an interrupted sweep just resumes.
 */
@Component
class EligibilitySweep {

    private static final Logger log = LoggerFactory.getLogger(EligibilitySweep.class);
    private static final int BATCH = 500;

    private final CommunityService communities;

    private final org.renewal.platform.schedule.ClusterLeases leases;

    EligibilitySweep(CommunityService communities, org.renewal.platform.schedule.ClusterLeases leases) {
        this.communities = communities;
        this.leases = leases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        // at start: one replica of a rollout sweeps, and the hourly run stays free to follow
        Thread thread = new Thread(() -> leases.runOnce("survey.eligibility-sweep", java.time.Duration.ZERO,
                java.time.Duration.ofMinutes(50), this::reassessStale), "eligibility-sweep");
        thread.setDaemon(true);
        thread.start();
    }

    /** Every hour, on one replica: all replicas fire at :05, the first to take the lease sweeps. */
    @Scheduled(cron = "${renewal.survey.eligibility-sweep-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void sweep() {
        leases.runOnce("survey.eligibility-sweep", java.time.Duration.ofMinutes(30), java.time.Duration.ofMinutes(50),
                this::reassessStale);
    }

    private void reassessStale() {
        try {
            int total = 0;
            List<String> stale;
            do {
                stale = communities.staleAssessments(BATCH);
                int changed = 0;
                for (String id : stale) {
                    changed += communities.reassessIfStale(id) ? 1 : 0;
                }
                total += changed;
                if (changed == 0) {
                    break;
                }
            } while (stale.size() == BATCH);
            if (total > 0) {
                log.info("Reassessed {} communities for programme year or settings change", total);
            }
        } catch (RuntimeException e) {
            log.warn("Eligibility sweep stopped early, will resume on the next run: {}", e.toString());
        }
    }
}
