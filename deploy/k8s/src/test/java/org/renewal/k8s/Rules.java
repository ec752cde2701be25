package org.renewal.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The suite's operating rules on a rendered set of objects (docs/operations.md): what the schemas cannot say.
 * Each method returns the problems it finds, one sentence each, naming the object.
 */
final class Rules {

    /** Pod labels of the suite's own applications. */
    static final String TIER = "renewal.org/tier";
    /** Who may open a connection to pods of a tier: pod peers by tier label, namespace peers by name. */
    static final Map<String, Set<String>> ALLOWED_PEERS = Map.of(
            "gateway", Set.of("namespace:edge", "namespace:monitoring"),
            "service", Set.of("tier:gateway", "namespace:monitoring"));

    private final List<Manifest> all;

    Rules(List<Manifest> all) {
        this.all = all;
    }

    List<Manifest> ofKind(String kind) {
        return all.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    /** The Deployments of the gateway and the five services. */
    List<Manifest> applications() {
        return ofKind("Deployment").stream().filter(d -> d.podLabels().has(TIER)).toList();
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(containers());
        problems.addAll(applicationsAreCovered());
        problems.addAll(networkPolicies());
        problems.addAll(kafkaListeners());
        problems.addAll(deadLetterTopics());
        problems.addAll(edge());
        problems.addAll(databaseSecrets());
        problems.addAll(replicasLeftToAutoscalers());
        problems.addAll(spreadOverNodes());
        problems.addAll(kafkaBrokersCanStart());
        problems.addAll(pinnedImages());
        problems.addAll(mongoReadiness());
        problems.addAll(changeableJobs());
        problems.addAll(monitorsSelected());
        problems.addAll(ownerKeySecret());
        return problems;
    }

    /** A Deployment or StatefulSet an autoscaler scales sets no replicas: each apply would reset them. */
    List<String> replicasLeftToAutoscalers() {
        List<String> problems = new ArrayList<>();
        for (Manifest hpa : ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.tree().path("spec").path("scaleTargetRef");
            for (Manifest w : all) {
                if (w.kind().equals(target.path("kind").asText()) && w.name().equals(target.path("name").asText())
                        && w.tree().path("spec").has("replicas")) {
                    problems.add(w.id() + ": sets replicas while " + hpa.id() + " scales it (apply resets them)");
                }
            }
        }
        return problems;
    }

    /** Replicas of each application, MongoDB member and Kafka node on different hosts where there are hosts enough. */
    List<String> spreadOverNodes() {
        List<String> problems = new ArrayList<>();
        List<Manifest> spread = new ArrayList<>(applications());
        spread.addAll(ofKind("StatefulSet"));
        for (Manifest w : spread) {
            JsonNode pod = w.podSpec();
            if (!spreadsByHost(pod.path("topologySpreadConstraints"))
                    && pod.path("affinity").path("podAntiAffinity").isMissingNode()) {
                problems.add(w.id() + ": replicas may share a node (no topologySpreadConstraints by host, no podAntiAffinity)");
            }
        }
        for (Manifest pool : ofKind("KafkaNodePool")) {
            JsonNode pod = pool.tree().path("spec").path("template").path("pod");
            if (!spreadsByHost(pod.path("topologySpreadConstraints")) && pod.path("affinity").isMissingNode()) {
                problems.add(pool.id() + ": brokers may share a node (no topologySpreadConstraints by host)");
            }
        }
        return problems;
    }

    private static boolean spreadsByHost(JsonNode constraints) {
        for (JsonNode c : constraints) {
            if (c.path("topologyKey").asText().equals("kubernetes.io/hostname")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing that stops a broker: Strimzi's pod securityContext (fsGroup 0, so brokers write their volumes) is not
     * replaced without an fsGroup, and rack awareness — which fails a broker on a node without a zone label — is
     * the opt-in component, not part of an overlay that must run anywhere.
     */
    List<String> kafkaBrokersCanStart() {
        List<String> problems = new ArrayList<>();
        List<JsonNode> podTemplates = new ArrayList<>();
        for (Manifest k : ofKind("Kafka")) {
            podTemplates.add(k.tree().path("spec").path("kafka").path("template").path("pod"));
            if (k.tree().path("spec").path("kafka").has("rack")) {
                problems.add(k.id() + ": rack awareness stops brokers on nodes without a zone label: use the "
                        + "kafka-rack-awareness component where every node has one");
            }
        }
        ofKind("KafkaNodePool").forEach(p -> podTemplates.add(p.tree().path("spec").path("template").path("pod")));
        for (JsonNode pod : podTemplates) {
            JsonNode context = pod.path("securityContext");
            if (!context.isMissingNode() && !context.has("fsGroup")) {
                problems.add("a Kafka pod securityContext without fsGroup replaces Strimzi's (fsGroup 0): brokers "
                        + "cannot write their volumes");
            }
        }
        return problems;
    }

    /** Every image at a fixed version: a tag (never latest), and for images not built here a full x.y.z or a digest. */
    List<String> pinnedImages() {
        List<String> problems = new ArrayList<>();
        for (Manifest w : all.stream().filter(Manifest::isWorkload).toList()) {
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode c : w.podSpec().path(list)) {
                    String image = c.path("image").asText();
                    if (image.contains("@sha256:")) {
                        continue;
                    }
                    String last = image.substring(image.lastIndexOf('/') + 1);
                    String tag = last.contains(":") ? last.substring(last.indexOf(':') + 1) : "";
                    boolean ours = image.contains("/renewal/") || image.startsWith("renewal/");
                    if (tag.isEmpty() || tag.equals("latest")) {
                        problems.add(w.id() + " container " + c.path("name").asText() + ": image " + image
                                + " floats (no tag, or latest)");
                    } else if (!ours && !tag.matches("\\d+\\.\\d+\\.\\d+([.-].*)?")) {
                        problems.add(w.id() + " container " + c.path("name").asText() + ": image " + image
                                + " floats over patch releases (pin x.y.z, or a digest)");
                    }
                }
            }
        }
        return problems;
    }

    /** A MongoDB member is ready when it serves (primary or secondary), not merely when it answers ping. */
    List<String> mongoReadiness() {
        List<String> problems = new ArrayList<>();
        for (Manifest s : ofKind("StatefulSet")) {
            for (JsonNode c : s.podSpec().path("containers")) {
                if (!c.path("image").asText().contains("mongo")) {
                    continue;
                }
                String command = c.path("readinessProbe").path("exec").path("command").toString();
                if (!command.contains("isWritablePrimary") || !command.contains("secondary")) {
                    problems.add(s.id() + ": readiness must mean primary or secondary (hello), not " + command);
                }
            }
        }
        return problems;
    }

    /** A Job's template cannot change: a finished Job goes soon, so the next apply of a changed one can create it. */
    List<String> changeableJobs() {
        List<String> problems = new ArrayList<>();
        for (Manifest j : ofKind("Job")) {
            JsonNode ttl = j.tree().path("spec").path("ttlSecondsAfterFinished");
            if (!ttl.isInt() || ttl.asInt() > 3600) {
                problems.add(j.id() + ": without ttlSecondsAfterFinished of at most an hour, changing it fails the next apply");
            }
        }
        return problems;
    }

    /** Prometheus Operator objects carry the label kube-prometheus-stack selects them by (release). */
    List<String> monitorsSelected() {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("ServiceMonitor", "PodMonitor", "PrometheusRule")) {
            for (Manifest m : ofKind(kind)) {
                if (m.tree().path("metadata").path("labels").path("release").asText().isEmpty()) {
                    problems.add(m.id() + ": no release label: a default kube-prometheus-stack does not select it");
                }
            }
        }
        for (Manifest m : ofKind("ServiceMonitor")) {
            for (JsonNode e : m.tree().path("spec").path("endpoints")) {
                if (!e.path("port").asText().equals("management")) {
                    problems.add(m.id() + ": scrapes port " + e.path("port").asText() + "; metrics are on management only");
                }
            }
        }
        return problems;
    }

    /** survey-service pseudonymises owners with a key from its own Secret (ADR 7), never the development default. */
    List<String> ownerKeySecret() {
        List<String> problems = new ArrayList<>();
        for (Manifest d : applications()) {
            if (!d.name().equals("survey-service")) {
                continue;
            }
            boolean fromSecret = false;
            for (JsonNode env : d.podSpec().path("containers").path(0).path("env")) {
                fromSecret |= env.path("name").asText().equals("OWNER_KEY_SECRET")
                        && env.path("valueFrom").path("secretKeyRef").path("name").asText().equals("survey-service-owner-key");
            }
            if (!fromSecret) {
                problems.add(d.id() + ": OWNER_KEY_SECRET must come from the secret survey-service-owner-key");
            }
        }
        return problems;
    }

    /** Every container: requests and limits, not root, no privilege escalation; long-running ones: probes. */
    List<String> containers() {
        List<String> problems = new ArrayList<>();
        for (Manifest w : all.stream().filter(Manifest::isWorkload).toList()) {
            JsonNode pod = w.podSpec();
            boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode c : pod.path(list)) {
                    String at = w.id() + " container " + c.path("name").asText();
                    for (String part : List.of("requests", "limits")) {
                        for (String resource : List.of("cpu", "memory")) {
                            if (!c.path("resources").path(part).has(resource)) {
                                problems.add(at + ": no " + resource + " in resources." + part);
                            }
                        }
                    }
                    JsonNode sc = c.path("securityContext");
                    boolean nonRoot = sc.has("runAsNonRoot") ? sc.get("runAsNonRoot").asBoolean() : podNonRoot;
                    long user = sc.has("runAsUser") ? sc.get("runAsUser").asLong()
                            : pod.path("securityContext").path("runAsUser").asLong(-1);
                    if (!nonRoot || user == 0) {
                        problems.add(at + ": may run as root (runAsNonRoot must be true, runAsUser not 0)");
                    }
                    if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                        problems.add(at + ": allowPrivilegeEscalation is not false");
                    }
                    if (list.equals("containers") && !w.kind().equals("Job")) {
                        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                            if (!c.has(probe)) {
                                problems.add(at + ": no " + probe);
                            }
                        }
                        if (w.podLabels().has(TIER)) {
                            expectPath(problems, at, c, "livenessProbe", "/actuator/health/liveness");
                            expectPath(problems, at, c, "readinessProbe", "/actuator/health/readiness");
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** A probe asks actuator's path on the management port (the only port actuator answers on). */
    private static void expectPath(List<String> problems, String at, JsonNode c, String probe, String path) {
        if (!path.equals(c.path(probe).path("httpGet").path("path").asText())) {
            problems.add(at + ": " + probe + " does not ask " + path);
        }
        if (!MANAGEMENT_PORT.equals(c.path(probe).path("httpGet").path("port").asText())) {
            problems.add(at + ": " + probe + " does not ask the port named " + MANAGEMENT_PORT);
        }
    }

    /** The container port on which actuator (health, metrics) answers, and that no public route reaches. */
    static final String MANAGEMENT_PORT = "management";

    /** Each application: an autoscaler, a disruption budget and network policies with ingress and egress rules. */
    List<String> applicationsAreCovered() {
        List<String> problems = new ArrayList<>();
        for (Manifest d : applications()) {
            JsonNode labels = d.podLabels();
            if (ofKind("HorizontalPodAutoscaler").stream().noneMatch(h ->
                    h.tree().path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.tree().path("spec").path("scaleTargetRef").path("name").asText().equals(d.name()))) {
                problems.add(d.id() + ": no HorizontalPodAutoscaler scales it");
            }
            if (ofKind("PodDisruptionBudget").stream().noneMatch(p ->
                    selects(p.tree().path("spec").path("selector").path("matchLabels"), labels))) {
                problems.add(d.id() + ": no PodDisruptionBudget selects its pods");
            }
            for (String type : List.of("Ingress", "Egress")) {
                if (ofKind("NetworkPolicy").stream().noneMatch(n -> hasType(n, type)
                        && !n.tree().path("spec").path("podSelector").path("matchLabels").isEmpty()
                        && selects(n.tree().path("spec").path("podSelector").path("matchLabels"), labels))) {
                    problems.add(d.id() + ": no NetworkPolicy of its own restricts its " + type.toLowerCase());
                }
            }
        }
        return problems;
    }

    /**
     * Nothing enters unless a policy lets it (default deny); the gateway only from the ingress controller, the services
     * only from the gateway (Prometheus, for metrics, is the one exception); MongoDB only from the services, its own
     * members and its set-up job.
     */
    List<String> networkPolicies() {
        List<String> problems = new ArrayList<>();
        List<Manifest> policies = ofKind("NetworkPolicy");
        if (policies.stream().noneMatch(n -> n.tree().path("spec").path("podSelector").isEmpty() && hasType(n, "Ingress")
                && n.tree().path("spec").path("ingress").isEmpty())) {
            problems.add("no default-deny NetworkPolicy (podSelector {}, policyTypes Ingress, no ingress rules)");
        }
        for (Manifest n : policies) {
            JsonNode selector = n.tree().path("spec").path("podSelector").path("matchLabels");
            Set<String> allowed = selector.has(TIER) ? ALLOWED_PEERS.get(selector.get(TIER).asText())
                    : selector.path("app.kubernetes.io/name").asText().equals("renewal-mongodb")
                    ? Set.of("tier:service", "name:renewal-mongodb", "name:renewal-mongodb-setup") : null;
            if (allowed == null) {
                continue;
            }
            for (JsonNode rule : n.tree().path("spec").path("ingress")) {
                if (!rule.has("from")) {
                    problems.add(n.id() + ": an ingress rule without 'from' lets everyone in");
                }
                for (JsonNode peer : rule.path("from")) {
                    String who = peer(peer);
                    if (!allowed.contains(who)) {
                        problems.add(n.id() + ": lets " + who + " in; only " + allowed + " may");
                    }
                }
            }
        }
        return problems;
    }

    private static String peer(JsonNode peer) {
        if (peer.has("ipBlock")) {
            return "ipBlock:" + peer.get("ipBlock").path("cidr").asText();
        }
        JsonNode pods = peer.path("podSelector").path("matchLabels");
        JsonNode namespaces = peer.path("namespaceSelector").path("matchLabels");
        if (peer.has("namespaceSelector")) {
            if (peer.has("podSelector") || namespaces.size() != 1) {
                return "a namespace/pod combination " + peer;
            }
            return namespaces.has("renewal.org/edge") && namespaces.get("renewal.org/edge").asText().equals("true")
                    ? "namespace:edge" : "namespace:" + namespaces.path("kubernetes.io/metadata.name").asText();
        }
        if (pods.size() == 1 && pods.has(TIER)) {
            return "tier:" + pods.get(TIER).asText();
        }
        if (pods.size() == 1 && pods.has("app.kubernetes.io/name")) {
            return "name:" + pods.get("app.kubernetes.io/name").asText();
        }
        return "pods " + pods;
    }

    /** Kafka's listeners are opened (by Strimzi's policies) to the services only. */
    List<String> kafkaListeners() {
        List<String> problems = new ArrayList<>();
        for (Manifest k : ofKind("Kafka")) {
            for (JsonNode listener : k.tree().path("spec").path("kafka").path("listeners")) {
                JsonNode peers = listener.path("networkPolicyPeers");
                boolean onlyServices = peers.size() > 0;
                for (JsonNode p : peers) {
                    onlyServices &= "tier:service".equals(peer(p));
                }
                if (!onlyServices) {
                    problems.add(k.id() + " listener " + listener.path("name").asText()
                            + ": networkPolicyPeers must name the services (renewal.org/tier=service) only");
                }
            }
        }
        return problems;
    }

    /** Every topic has its dead-letter topic, kept without end. */
    List<String> deadLetterTopics() {
        List<String> problems = new ArrayList<>();
        Set<String> topics = topicNames();
        for (String topic : topics) {
            if (!topic.endsWith(".DLT") && !topics.contains(topic + ".DLT")) {
                problems.add("topic " + topic + " has no dead-letter topic " + topic + ".DLT");
            }
        }
        for (Manifest t : ofKind("KafkaTopic")) {
            if (t.tree().path("spec").path("topicName").asText().endsWith(".DLT")
                    && t.tree().path("spec").path("config").path("retention.ms").asLong(0) != -1) {
                problems.add(t.id() + ": a dead-letter topic must keep its records (retention.ms -1)");
            }
        }
        return problems;
    }

    Set<String> topicNames() {
        Set<String> names = new HashSet<>();
        for (Manifest t : ofKind("KafkaTopic")) {
            names.add(t.tree().path("spec").path("topicName").asText(t.name()));
        }
        return names;
    }

    /**
     * The gateway is published — by Gateway API (an HTTPRoute on a Gateway's HTTPS listener; plain HTTP only
     * redirects) or by an Ingress with TLS — and nothing else is: no route reaches another Service or a management
     * port, and no Service leaves the cluster.
     */
    List<String> edge() {
        List<String> problems = new ArrayList<>();
        List<Manifest> routes = ofKind("HTTPRoute");
        List<Manifest> ingresses = ofKind("Ingress");
        if (routes.isEmpty() && ingresses.isEmpty()) {
            problems.add("no HTTPRoute or Ingress publishes the gateway");
        }
        Map<String, JsonNode> listeners = new HashMap<>();
        for (Manifest g : ofKind("Gateway")) {
            for (JsonNode l : g.tree().path("spec").path("listeners")) {
                listeners.put(g.name() + "/" + l.path("name").asText(), l);
            }
        }
        for (Manifest r : routes) {
            boolean forwards = false;
            for (JsonNode rule : r.tree().path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    forwards = true;
                    if (!backend.path("name").asText().equals("gateway") || backend.path("port").asInt() != 80) {
                        problems.add(r.id() + ": routes to " + backend.path("name").asText() + ":"
                                + backend.path("port").asText() + "; only the gateway's http port may be reached from outside");
                    }
                }
            }
            for (JsonNode parent : r.tree().path("spec").path("parentRefs")) {
                JsonNode listener = listeners.get(parent.path("name").asText() + "/" + parent.path("sectionName").asText());
                if (listener == null) {
                    problems.add(r.id() + ": attaches to no listener of a Gateway here (name a sectionName)");
                } else if (forwards && (!listener.path("protocol").asText().equals("HTTPS")
                        || listener.path("tls").path("certificateRefs").isEmpty())) {
                    problems.add(r.id() + ": forwards over " + listener.path("protocol").asText()
                            + " without a certificate: only HTTPS may reach the gateway; plain HTTP redirects");
                }
            }
        }
        for (Manifest i : ingresses) {
            if (i.tree().path("spec").path("tls").isEmpty()) {
                problems.add(i.id() + ": no TLS");
            }
            for (JsonNode rule : i.tree().path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode service = path.path("backend").path("service");
                    String backend = service.path("name").asText();
                    JsonNode port = service.path("port");
                    boolean httpPort = port.has("name") ? port.get("name").asText().equals("http")
                            : port.path("number").asInt() == 80;
                    if (!backend.equals("gateway") || !httpPort) {
                        problems.add(i.id() + ": publishes " + backend + " port " + service.path("port")
                                + "; only the gateway's http port may be reached from outside");
                    }
                }
            }
        }
        for (Manifest s : ofKind("Service")) {
            String type = s.tree().path("spec").path("type").asText("ClusterIP");
            if (!type.equals("ClusterIP")) {
                problems.add(s.id() + ": type " + type + " reaches outside the cluster");
            }
        }
        return problems;
    }

    /** Each service reaches MongoDB as its own user, from its own secret; no connection string in plain sight. */
    List<String> databaseSecrets() {
        List<String> problems = new ArrayList<>();
        for (Manifest d : applications()) {
            if (!"service".equals(d.podLabels().path(TIER).asText())) {
                continue;
            }
            JsonNode uri = null;
            for (JsonNode env : d.podSpec().path("containers").path(0).path("env")) {
                if (env.path("name").asText().equals("MONGODB_URI")) {
                    uri = env;
                }
            }
            String secret = uri == null ? "" : uri.path("valueFrom").path("secretKeyRef").path("name").asText();
            if (!secret.equals(d.name() + "-mongodb")) {
                problems.add(d.id() + ": MONGODB_URI must come from the secret " + d.name() + "-mongodb, not " + uri);
            }
        }
        for (Manifest c : ofKind("ConfigMap")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = c.tree().path("data").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().asText().matches("(?s).*mongodb(\\+srv)?://[^/]*:[^/]*@.*")) {
                    problems.add(c.id() + ": " + e.getKey() + " holds a connection string with a password");
                }
            }
        }
        return problems;
    }

    private static boolean hasType(Manifest policy, String type) {
        for (JsonNode t : policy.tree().path("spec").path("policyTypes")) {
            if (t.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label selector (matchLabels) selects pods with these labels. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        for (Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
