package org.renewal.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.renewal.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dead letters (死信) of this service: records its consumers gave up on after bounded retries, listed from
 * the {@code <topic>.DLT} topics (only those this service's consumer group sent there), and replayed — as
 * they were, or corrected — onto their original topic, where every consumer applies them idempotently.
 * For the city office, which operates the suite.
 */
@RestController
@RequestMapping("${renewal.api-prefix}/dead-letters")
@Tag(name = "Dead letters 死信", description = "Events a consumer could not apply: list them, replay them after a fix")
public class DeadLetterController {

    static final int MAX_LISTED = 500;

    private final KafkaAdmin admin;
    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final String group;

    public DeadLetterController(KafkaAdmin admin, ConsumerFactory<String, String> consumers,
                                KafkaTemplate<String, String> kafka, String group) {
        this.admin = admin;
        this.consumers = consumers;
        this.kafka = kafka;
        this.group = group;
    }

    @Schema(name = "DeadLetter", description = "A record this service could not apply")
    public record DeadLetter(@Schema(example = "renewal.survey.community.DLT") String topic, int partition, long offset,
                             @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String key, String value,
                             @Schema(example = "renewal.survey.community") String originalTopic,
                             Integer originalPartition, Long originalOffset,
                             @Schema(description = "Why it failed (exception class and message)") String failure,
                             Instant deadAt) {
    }

    @Schema(name = "DeadLetterReplay", description = "Which dead letter to replay, optionally with a corrected value")
    public record Replay(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,200}\\.DLT") String topic,
                         @NotNull @Min(0) Integer partition, @NotNull @Min(0) Long offset,
                         @Schema(description = "A corrected record value (the event JSON); without it the record is "
                                 + "replayed as it was") @Size(max = 1_000_000) String value) {
    }

    @GetMapping
    @Operation(summary = "List this service's dead letters (CITY_OFFICE)", description = "Oldest first, at most "
            + MAX_LISTED + ", with the original topic, partition, offset and the failure.")
    public List<DeadLetter> list() {
        List<DeadLetter> letters = new ArrayList<>();
        try (Consumer<String, String> consumer = reader()) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> position = new HashMap<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (letters.size() < MAX_LISTED && System.nanoTime() < until && !reached(consumer, end, position)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (group.equals(text(r.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
                            && letters.size() < MAX_LISTED) {
                        letters.add(of(r));
                    }
                }
            }
        }
        return letters;
    }

    @PostMapping("/replay")
    @Operation(summary = "Replay a dead letter onto its original topic (CITY_OFFICE)", description = "After the "
            + "consumer was fixed, or with a corrected value. Consumers apply events idempotently, so a replay "
            + "of something already applied changes nothing.")
    @ApiResponse(responseCode = "200", description = "Replayed: the dead letter as sent again")
    @ApiResponse(responseCode = "404", description = "Not here or not yours (DEAD_LETTER_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "503", description = "The broker cannot be reached (BROKER_UNAVAILABLE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public DeadLetter replay(@Valid @RequestBody Replay request) {
        DeadLetter letter = find(request.topic(), request.partition(), request.offset());
        if (letter == null || letter.originalTopic() == null) {
            throw ApiException.notFound("DEAD_LETTER_NOT_FOUND", request.topic(), request.partition(), request.offset());
        }
        String value = request.value() != null ? request.value() : letter.value();
        try {
            kafka.send(new ProducerRecord<>(letter.originalTopic(), letter.key(), value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "BROKER_UNAVAILABLE", List.of());
        }
        return letter;
    }

    private DeadLetter find(String topic, int partition, long offset) {
        try (Consumer<String, String> consumer = reader()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            if (!partitions(consumer).contains(tp)) {
                return null;
            }
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset && group.equals(text(r.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                        return of(r);
                    }
                    if (r.offset() >= offset) {
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /** A reader of the dead-letter topics: assigned partitions, never committing, so it joins no group's work. */
    private Consumer<String, String> reader() {
        java.util.Properties properties = new java.util.Properties();
        properties.put("enable.auto.commit", "false");
        properties.put("auto.offset.reset", "earliest");
        return consumers.createConsumer(group + "-dead-letters", "dead-letters", null, properties);
    }

    private List<TopicPartition> partitions(Consumer<String, String> consumer) {
        Set<String> topics;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            topics = client.listTopics().names().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "BROKER_UNAVAILABLE", List.of());
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            if (topic.endsWith(KafkaErrorHandling.DLT_SUFFIX)) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
        }
        return partitions;
    }

    private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> end,
                                   Map<TopicPartition, Long> position) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            position.put(e.getKey(), consumer.position(e.getKey()));
            if (position.get(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static DeadLetter of(ConsumerRecord<String, String> r) {
        String failure = text(r.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN);
        String message = text(r.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE);
        return new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(), r.value(),
                text(r.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC), number(r.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION),
                longNumber(r.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET),
                failure == null ? null : failure + (message == null ? "" : ": " + message),
                Instant.ofEpochMilli(r.timestamp()));
    }

    private static String text(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer number(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value().length != 4 ? null : java.nio.ByteBuffer.wrap(h.value()).getInt();
    }

    private static Long longNumber(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value().length != 8 ? null : java.nio.ByteBuffer.wrap(h.value()).getLong();
    }
}
