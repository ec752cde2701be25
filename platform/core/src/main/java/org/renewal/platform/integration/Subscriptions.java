package org.renewal.platform.integration;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;

/**
 * Webhook subscriptions and the change feed as their callers see them: an integration client holds its own
 * subscriptions (another client's are not found), the city office sees and manages all; a subscription's place is
 * within what its holder may read, and its deliveries never leave that place.
 */
public class Subscriptions {

    static final int FEED_LIMIT_MAX = 500;

    private final MongoTemplate mongo;
    private final FeedStore feed;
    private final IntegrationProperties properties;
    private final Clock clock;
    private final WebhookDelivery delivery;

    public Subscriptions(MongoTemplate mongo, FeedStore feed, IntegrationProperties properties, Clock clock,
                         WebhookDelivery delivery) {
        this.mongo = mongo;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
        this.delivery = delivery;
    }

    // ---- the change feed

    /** A page of the feed after {@code cursor} (absent: from the oldest event kept) in the caller's places. */
    public IntegrationApi.FeedPage feed(Caller caller, String cursor, Integer limit, List<String> types) {
        List<FieldProblem> problems = new ArrayList<>();
        FeedPosition from = FeedPosition.start(clock.instant());
        if (cursor != null) {
            try {
                from = FeedPosition.decode(cursor);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("cursor", "integration.cursorInvalid"));
            }
        }
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > FEED_LIMIT_MAX) {
            problems.add(new FieldProblem("limit", "integration.limit"));
        }
        problems.addAll(unknownTypes(types));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (cursor != null && feed.expired(from)) {
            throw new ApiException(HttpStatus.GONE, "CURSOR_EXPIRED", properties.retention().toDays());
        }
        Criteria scope = callerScope(caller, types == null ? Set.of() : Set.copyOf(types));
        FeedStore.Page page = feed.read(from, scope, size);
        return new IntegrationApi.FeedPage(page.entries().stream().map(this::event).toList(), page.next().encode(),
                page.more(), iso(properties.retention()));
    }

    /** An ISO 8601 duration in whole days where it is one (P30D rather than PT720H). */
    static String iso(java.time.Duration d) {
        return d.toSeconds() % 86_400 == 0 ? "P" + d.toDays() + "D" : d.toString();
    }

    public IntegrationApi.FeedHead head() {
        return new IntegrationApi.FeedHead(feed.head().encode());
    }

    public List<IntegrationApi.EventTypeView> eventTypes() {
        List<IntegrationApi.EventTypeView> types = new ArrayList<>();
        properties.topics().forEach((topic, export) -> export.types()
                .forEach(t -> types.add(new IntegrationApi.EventTypeView(t, topic))));
        types.sort(java.util.Comparator.comparing(IntegrationApi.EventTypeView::type));
        return types;
    }

    private CloudEvent event(FeedStore.Entry entry) {
        return JsonHolder.JSON.readValue(entry.body(), CloudEvent.class);
    }

    /** The places a caller reads: all (city-wide), its street, or its district; nothing when bound to neither. */
    private static Criteria callerScope(Caller caller, Set<String> types) {
        if (caller.cityWide()) {
            return FeedStore.filter(null, null, types);
        }
        if (caller.streetCode() == null && caller.districtCode() == null) {
            return where("_id").is(null);
        }
        return FeedStore.filter(caller.districtCode(), caller.streetCode(), types);
    }

    private List<FieldProblem> unknownTypes(List<String> types) {
        List<FieldProblem> problems = new ArrayList<>();
        if (types != null) {
            Set<String> offered = properties.exportedTypes();
            for (int i = 0; i < types.size(); i++) {
                if (!offered.contains(types.get(i))) {
                    problems.add(new FieldProblem("types[" + i + "]", "integration.typeUnknown"));
                }
            }
        }
        return problems;
    }

    // ---- subscriptions

    public IntegrationApi.SubscriptionCreated create(Caller caller, IntegrationApi.SubscriptionRequest r,
                                                     String idempotencyKey) {
        // a retry with the same key names the same subscription: its id is derived from the holder and the key
        String id = idempotencyKey == null ? UUID.randomUUID().toString() : UUID.nameUUIDFromBytes(
                ("subscription:" + caller.subject() + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        if (idempotencyKey != null) {
            IntegrationApi.SubscriptionCreated earlier = earlier(caller, id);
            if (earlier != null) {
                return earlier;
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkUrl(r.url(), problems);
        problems.addAll(unknownTypes(r.types()));
        String district = r.districtCode();
        String street = r.streetCode();
        if (street != null && district != null && !street.startsWith(district)) {
            problems.add(new FieldProblem("streetCode", "integration.streetOutsideDistrict"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (street != null && district == null) {
            district = street.substring(0, 6);
        }
        if (!caller.cityWide()) {
            if (district == null) {
                district = caller.districtCode();
                street = caller.streetCode();
            }
            if (!caller.sees(district, street)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "PLACE_NOT_YOURS",
                        List.of(new FieldProblem(r.streetCode() != null ? "streetCode" : "districtCode",
                                "integration.placeNotYours")), street != null ? street : district);
            }
        }
        long held = mongo.count(Query.query(where("owner").is(caller.subject())), Subscription.COLLECTION);
        if (held >= properties.subscriptionsPerClient()) {
            throw ApiException.conflict("TOO_MANY_SUBSCRIPTIONS", properties.subscriptionsPerClient());
        }
        Instant now = clock.instant();
        String secret = WebhookSignatures.newSecret();
        FeedPosition start = r.startAt() == IntegrationApi.StartAt.EARLIEST ? FeedPosition.start(now) : feed.head();
        Subscription s = new Subscription(id, caller.subject(), r.url(), r.description(),
                r.types() == null ? List.of() : List.copyOf(r.types()), district, street, Subscription.Status.ACTIVE,
                null, null, List.of(new Subscription.Secret(secret, now, null)), start, now, 0, null, null, null, null,
                null);
        try {
            mongo.insert(s.toDocument(), Subscription.COLLECTION);
        } catch (DuplicateKeyException sameKeyAtOnce) {
            IntegrationApi.SubscriptionCreated earlier = idempotencyKey == null ? null : earlier(caller, id);
            if (earlier == null) {
                throw sameKeyAtOnce;
            }
            return earlier;
        }
        delivery.wake();
        return new IntegrationApi.SubscriptionCreated(view(s), secret);
    }

    /** The subscription a request with the same key created, with its current secret; null if none. */
    private IntegrationApi.SubscriptionCreated earlier(Caller caller, String id) {
        Document doc = mongo.findById(id, Document.class, Subscription.COLLECTION);
        if (doc == null || !caller.subject().equals(doc.getString("owner"))) {
            return null;
        }
        Subscription s = Subscription.of(doc);
        return new IntegrationApi.SubscriptionCreated(view(s), s.secrets().get(s.secrets().size() - 1).value());
    }

    private void checkUrl(String url, List<FieldProblem> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || (scheme.equals("http") && properties.allowHttp());
            if (!uri.isAbsolute() || uri.getHost() == null || !allowed) {
                problems.add(new FieldProblem("url", properties.allowHttp() ? "integration.urlHttp" : "integration.urlHttps"));
            } else if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                problems.add(new FieldProblem("url", "integration.urlCredentials"));
            } else if (!properties.allowHttp() && !publicEnough(uri.getHost())) {
                problems.add(new FieldProblem("url", "integration.urlAddress"));
            }
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("url", properties.allowHttp() ? "integration.urlHttp" : "integration.urlHttps"));
        }
    }

    /**
     * Whether deliveries may go to this host: not this machine (loopback, any-local) and not link-local (where cloud
     * metadata services answer) nor multicast — a subscription must not turn the suite into a client of its own
     * internals (server-side request forgery). Other systems' private addresses are allowed: government networks use
     * them. Checked when subscribing and again before every delivery (the name may resolve differently later).
     * Development and tests (allow-http) deliver to this machine.
     */
    static boolean publicEnough(String host) {
        try {
            for (java.net.InetAddress address : java.net.InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                        || address.isMulticastAddress()) {
                    return false;
                }
            }
            return true;
        } catch (java.net.UnknownHostException unknown) {
            return true; // not resolvable now: deliveries fail and are retried until it is (or the holder fixes it)
        }
    }

    public PagedModel<IntegrationApi.SubscriptionView> list(Caller caller, Pageable pageable) {
        Query query = caller.has(Role.CITY_OFFICE) ? new Query() : Query.query(where("owner").is(caller.subject()));
        long total = mongo.count(query, Subscription.COLLECTION);
        List<IntegrationApi.SubscriptionView> views = mongo.find(query.with(pageable), Document.class,
                Subscription.COLLECTION).stream().map(Subscription::of).map(this::view).toList();
        return new PagedModel<>(new PageImpl<>(views, pageable, total));
    }

    /** The subscription of this id if the caller holds it (or is the city office); 404 otherwise. */
    public Subscription visible(Caller caller, String id) {
        Document doc = mongo.findById(id, Document.class, Subscription.COLLECTION);
        if (doc == null || !(caller.has(Role.CITY_OFFICE) || caller.subject().equals(doc.getString("owner")))) {
            throw ApiException.notFound("SUBSCRIPTION_NOT_FOUND", id);
        }
        return Subscription.of(doc);
    }

    public IntegrationApi.SubscriptionView get(Caller caller, String id) {
        return view(visible(caller, id));
    }

    public void delete(Caller caller, String id) {
        visible(caller, id);
        mongo.remove(Query.query(where("_id").is(id)), Subscription.COLLECTION);
    }

    public IntegrationApi.SecretRotated rotate(Caller caller, String id) {
        Subscription s = visible(caller, id);
        Instant now = clock.instant();
        Instant until = now.plus(properties.rotationOverlap());
        // the current secret keeps signing beside the new one until the overlap ends; any older one stops now
        Subscription.Secret current = s.secrets().get(s.secrets().size() - 1);
        List<Document> secrets = new ArrayList<>();
        secrets.add(new Document("value", current.value()).append("createdAt", Date.from(current.createdAt()))
                .append("expiresAt", Date.from(until)));
        String secret = WebhookSignatures.newSecret();
        secrets.add(new Document("value", secret).append("createdAt", Date.from(now)).append("expiresAt", null));
        mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("secrets", secrets), Subscription.COLLECTION);
        return new IntegrationApi.SecretRotated(secret, until);
    }

    public IntegrationApi.SubscriptionView replay(Caller caller, String id, IntegrationApi.ReplayRequest r) {
        visible(caller, id);
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (!r.to().isAfter(r.from())) {
            problems.add(new FieldProblem("to", "integration.replayOrder"));
        }
        if (r.from().isBefore(now.minus(properties.retention()))) {
            problems.add(new FieldProblem("from", "integration.replayRetention"));
        }
        if (r.from().isAfter(now)) {
            problems.add(new FieldProblem("from", "integration.replayFuture"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Instant to = r.to().isAfter(now) ? now : r.to();
        Document replay = new Document("from", Date.from(r.from())).append("to", Date.from(to))
                .append("position", FeedPosition.start(now).encode()).append("requestedAt", Date.from(now));
        Document after = mongo.findAndModify(Query.query(where("_id").is(id)), new Update().set("replay", replay),
                FindAndModifyOptions.options().returnNew(true), Document.class, Subscription.COLLECTION);
        if (after == null) {
            throw ApiException.notFound("SUBSCRIPTION_NOT_FOUND", id);
        }
        delivery.wake();
        return view(Subscription.of(after));
    }

    public IntegrationApi.SubscriptionView resume(Caller caller, String id) {
        visible(caller, id);
        Document after = mongo.findAndModify(Query.query(where("_id").is(id)), new Update()
                        .set("status", Subscription.Status.ACTIVE.name()).set("pausedReason", null).set("pausedAt", null)
                        .set("attempts", 0).set("failingSince", null).set("nextAttemptAt", null),
                FindAndModifyOptions.options().returnNew(true), Document.class, Subscription.COLLECTION);
        if (after == null) {
            throw ApiException.notFound("SUBSCRIPTION_NOT_FOUND", id);
        }
        delivery.wake();
        return view(Subscription.of(after));
    }

    public PagedModel<IntegrationApi.DeliveryView> deliveries(Caller caller, String id, Pageable pageable) {
        visible(caller, id);
        Query query = Query.query(where("subscriptionId").is(id));
        long total = mongo.count(query, WebhookDelivery.DELIVERIES);
        List<IntegrationApi.DeliveryView> views = mongo.find(query.with(pageable), Document.class,
                WebhookDelivery.DELIVERIES).stream().map(d -> new IntegrationApi.DeliveryView(
                d.getDate("at").toInstant(), d.getString("eventId"), d.getString("type"), d.getString("subject"),
                d.getInteger("attempt", 1), d.getBoolean("replay", false), d.getInteger("status"),
                d.getString("outcome"), d.getString("error"), ((Number) d.get("durationMs")).longValue())).toList();
        return new PagedModel<>(new PageImpl<>(views, pageable, total));
    }

    IntegrationApi.SubscriptionView view(Subscription s) {
        Instant now = clock.instant();
        Instant previousUntil = s.secrets().stream().map(Subscription.Secret::expiresAt)
                .filter(e -> e != null && e.isAfter(now)).max(Instant::compareTo).orElse(null);
        IntegrationApi.ReplayView replay = s.replay() == null ? null
                : new IntegrationApi.ReplayView(s.replay().from(), s.replay().to(), s.replay().requestedAt());
        return new IntegrationApi.SubscriptionView(s.id(), s.owner(), s.url(), s.description(), s.types(),
                s.district(), s.street(), s.status().name(), s.pausedReason(), s.pausedAt(), s.createdAt(),
                s.attempts(), s.failingSince(), s.nextAttemptAt(), s.lastError(), s.lastDeliveredAt(), replay,
                previousUntil);
    }

    /** One JSON reader for stored CloudEvents. */
    static final class JsonHolder {
        // exact decimals (floor areas) stay exact on their way through the feed
        static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

        private JsonHolder() {
        }
    }
}
