package org.renewal.platform.test.planted.bad.listener;

import org.springframework.kafka.annotation.KafkaListener;

/** Planted: a Kafka listener outside a messaging package. */
public class LooseListener {

    @KafkaListener(topics = "renewal.test")
    public void on(String record) {
    }
}
