package org.renewal.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** plan-service: 制定/审核方案 — the menu, one plan per community, city review, owners' votes, the programme. */
@SpringBootApplication
@EnableScheduling
public class PlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanApplication.class, args);
    }
}
