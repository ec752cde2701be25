package org.renewal.k8s;

import java.util.ArrayList;
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
            "gateway", Set.of("namespace:ingress-nginx", "namespace:monitoring"),
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
        problems.addAll(ingress());
        problems.addAll(databaseSecrets());
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
            return peer.has("podSelector") || namespaces.size() != 1 ? "a namespace/pod combination " + peer
                    : "namespace:" + namespaces.path("kubernetes.io/metadata.name").asText();
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

    /** The gateway is published by an Ingress with TLS, and nothing else is. */
    List<String> ingress() {
        List<String> problems = new ArrayList<>();
        List<Manifest> ingresses = ofKind("Ingress");
        if (ingresses.isEmpty()) {
            problems.add("no Ingress publishes the gateway");
        }
        for (Manifest i : ingresses) {
            if (i.tree().path("spec").path("tls").isEmpty()) {
                problems.add(i.id() + ": no TLS");
            }
            for (JsonNode rule : i.tree().path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String backend = path.path("backend").path("service").path("name").asText();
                    if (!backend.equals("gateway")) {
                        problems.add(i.id() + ": publishes " + backend + "; only the gateway may be reached from outside");
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
