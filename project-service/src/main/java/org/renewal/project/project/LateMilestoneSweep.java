package org.renewal.project.project;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Announces items that passed their planned finish unfinished, every hour (and a minute after start). */
@Component
class LateMilestoneSweep {

    private static final Logger log = LoggerFactory.getLogger(LateMilestoneSweep.class);

    private final ProjectService projects;

    private final org.renewal.platform.schedule.ClusterLeases leases;
    private final java.time.Duration interval;

    LateMilestoneSweep(ProjectService projects, org.renewal.platform.schedule.ClusterLeases leases,
                       @org.springframework.beans.factory.annotation.Value("${renewal.project.late-sweep-interval:PT1H}")
                       java.time.Duration interval) {
        this.projects = projects;
        this.leases = leases;
        this.interval = interval;
    }

    @Scheduled(initialDelayString = "${renewal.project.late-sweep-initial-delay:PT1M}",
            fixedDelayString = "${renewal.project.late-sweep-interval:PT1H}")
    void sweep() {
        try {
            leases.runOncePerInterval("project.late-milestone-sweep", interval, () -> {
                int projectsWithNews = projects.announceLate();
                if (projectsWithNews > 0) {
                    log.info("Announced late milestones of {} projects", projectsWithNews);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Late-milestone sweep stopped early, will run again: {}", e.toString());
        }
    }
}
