package org.renewal.platform.test.planted.good.messaging;

import org.springframework.kafka.annotation.KafkaListener;

/** A listener where listeners live. */
public class GoodListener {

    @KafkaListener(topics = "renewal.test")
    public void on(String record) {
    }
}
