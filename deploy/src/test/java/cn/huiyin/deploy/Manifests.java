package cn.huiyin.deploy;

import static cn.huiyin.deploy.YamlDocuments.at;
import static cn.huiyin.deploy.YamlDocuments.list;
import static cn.huiyin.deploy.YamlDocuments.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rendered Kubernetes documents, looked up by kind and name. */
final class Manifests {

    /** A Secret or ConfigMap a pod or an operator resource refers to; key is null for a whole one. */
    record Reference(String kind, String name, String key, String from) {
    }

    private final List<Map<String, Object>> documents;

    Manifests(List<Map<String, Object>> documents) {
        this.documents = documents;
    }

    static Manifests production() {
        return new Manifests(Kustomize.render(Kustomize.PRODUCTION));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(document -> name.equals(name(document))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " is rendered"));
    }

    static String name(Map<String, Object> document) {
        return String.valueOf(at(document, "metadata", "name"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> labels(Object labelled) {
        Object labels = at(labelled, "metadata", "labels");
        return labels == null ? Map.of() : (Map<String, String>) labels;
    }

    /** The container of a Deployment named like it (each service's pod has one). */
    static Map<String, Object> container(Map<String, Object> deployment) {
        return list(at(deployment, "spec", "template", "spec", "containers")).stream()
                .map(container -> map(container, "container"))
                .filter(container -> name(deployment).equals(container.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Deployment " + name(deployment) + " has no container of its name"));
    }

    /**
     * The environment a container gets: envFrom's rendered ConfigMaps first, then env; a value from a Secret
     * or ConfigMap key is shown as secret:name/key or configMap:name/key.
     */
    Map<String, String> environment(Map<String, Object> container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : list(container.get("envFrom"))) {
            Object configMap = at(source, "configMapRef", "name");
            if (configMap != null) {
                Object data = at(get("ConfigMap", String.valueOf(configMap)), "data");
                if (data instanceof Map<?, ?> values) {
                    values.forEach((k, v) -> environment.put(String.valueOf(k), String.valueOf(v)));
                }
            }
            if (at(source, "secretRef") != null) {
                throw new AssertionError("envFrom a Secret hides the variables' names from the checks: use env");
            }
        }
        for (Object variable : list(container.get("env"))) {
            Object secret = at(variable, "valueFrom", "secretKeyRef");
            Object configMap = at(variable, "valueFrom", "configMapKeyRef");
            String value = secret != null ? "secret:" + at(secret, "name") + "/" + at(secret, "key")
                    : configMap != null ? "configMap:" + at(configMap, "name") + "/" + at(configMap, "key")
                    : String.valueOf(at(variable, "value"));
            environment.put(String.valueOf(at(variable, "name")), value);
        }
        return environment;
    }

    /** Every Secret and ConfigMap the pods and the MongoDB users refer to. */
    List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        for (Map<String, Object> deployment : ofKind("Deployment")) {
            String from = "Deployment " + name(deployment);
            Object pod = at(deployment, "spec", "template", "spec");
            for (Object container : list(at(pod, "containers"))) {
                for (Object variable : list(at(container, "env"))) {
                    add(references, "Secret", at(variable, "valueFrom", "secretKeyRef"), from);
                    add(references, "ConfigMap", at(variable, "valueFrom", "configMapKeyRef"), from);
                }
                for (Object source : list(at(container, "envFrom"))) {
                    add(references, "Secret", at(source, "secretRef"), from);
                    add(references, "ConfigMap", at(source, "configMapRef"), from);
                }
            }
            for (Object volume : list(at(pod, "volumes"))) {
                Object secret = at(volume, "secret", "secretName");
                if (secret != null) {
                    references.add(new Reference("Secret", String.valueOf(secret), null, from));
                }
                add(references, "ConfigMap", at(volume, "configMap"), from);
            }
        }
        for (Map<String, Object> mongo : ofKind("MongoDBCommunity")) {
            for (Object user : list(at(mongo, "spec", "users"))) {
                add(references, "Secret", at(user, "passwordSecretRef"), "MongoDBCommunity " + name(mongo));
            }
        }
        return references;
    }

    private static void add(List<Reference> references, String kind, Object reference, String from) {
        if (reference != null) {
            Object key = at(reference, "key");
            references.add(new Reference(kind, String.valueOf(at(reference, "name")),
                    key == null ? null : String.valueOf(key), from));
        }
    }
}
