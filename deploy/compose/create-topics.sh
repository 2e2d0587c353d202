#!/usr/bin/env bash
# Creates Huiyin's topics before the services start (compose's kafka-init runs it in the apache/kafka
# image). --if-not-exists makes a second run a no-op; it changes nothing on existing topics.
# The Kubernetes equivalent is deploy/k8s/base/kafka/topics.yaml; deploy's tests check both lists.
set -euo pipefail

: "${BOOTSTRAP_SERVERS:?e.g. kafka-1:9092,kafka-2:9092,kafka-3:9092}"
PARTITIONS=${PARTITIONS:-6}
REPLICATION_FACTOR=${REPLICATION_FACTOR:-3}
MIN_INSYNC_REPLICAS=${MIN_INSYNC_REPLICAS:-2}

# The events are the record the read models are rebuilt from (reset a group to the earliest offset),
# so they are kept: retention.ms=-1. Keys are case and household ids: the partitions keep each one's order.
TOPICS=(case-received case-assigned case-verified callback-completed case-overdue household-risk hotspot-detected case-accepted instruction-overdue)

# One dead-letter topic per consumer binding, <topic>.<group>.dlq. The binder writes a failed record to
# the same partition number it came from, so a dead-letter topic has as many partitions as its topic.
DEAD_LETTER_TOPICS=(
  case-received.case-service.dlq
  case-received.monitoring-service.dlq
  case-verified.monitoring-service.dlq
  callback-completed.monitoring-service.dlq
  case-received.reporting-service.dlq
  case-assigned.reporting-service.dlq
  case-verified.reporting-service.dlq
  callback-completed.reporting-service.dlq
  case-overdue.reporting-service.dlq
  case-accepted.reporting-service.dlq
  household-risk.reporting-service.dlq
  case-received.reporting-hotspots.dlq
)

# reporting-service's read model (Kafka Streams) publishes the newest totals of every report bucket and the
# newest fact of every case here, for its MongoDB sink: compacted, so each key keeps its last value. Its
# changelog and repartition topics (huiyin-reporting-*) are created by Kafka Streams itself.
READ_MODEL_TOPICS=(reporting-buckets reporting-facts)

for topic in "${TOPICS[@]}" "${DEAD_LETTER_TOPICS[@]}"; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" \
    --config min.insync.replicas="$MIN_INSYNC_REPLICAS" --config retention.ms=-1
done
for topic in "${READ_MODEL_TOPICS[@]}"; do
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" \
    --config min.insync.replicas="$MIN_INSYNC_REPLICAS" --config cleanup.policy=compact
done
echo "topics ready: ${#TOPICS[@]} topics, ${#DEAD_LETTER_TOPICS[@]} dead-letter topics, ${#READ_MODEL_TOPICS[@]} read-model topics"
