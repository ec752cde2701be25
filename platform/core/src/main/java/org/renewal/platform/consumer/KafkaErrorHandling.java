package org.renewal.platform.consumer;

import org.apache.kafka.common.TopicPartition;
import org.renewal.platform.events.InvalidEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The listener error policy: a failing record is retried with back-off a bounded number of times,
 * then published to {@code <topic>.DLT} and the partition moves on; a record that is not a valid
 * event goes there at once. While this service's store is unreachable the record is retried without
 * end, so offsets do not advance past work that was not done.
 */
public final class KafkaErrorHandling {

    public static final String DLT_SUFFIX = ".DLT";

    private KafkaErrorHandling() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, int maxRetries) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(record.topic() + DLT_SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxAttempts(maxRetries);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setBackOffFunction((record, failure) ->
                isStoreOutage(failure) ? new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS) : null);
        return handler;
    }

    static boolean isStoreOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t.getClass().getName().startsWith("com.mongodb.MongoSocket")
                    || t.getClass().getName().equals("com.mongodb.MongoTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
