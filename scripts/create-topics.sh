#!/usr/bin/env bash
# Creates the topics declared in a directory of topics/*.properties files, the same declarations the application
# reads at start. Used by the topic-init service of docker-compose.yml (apache/kafka image), usable by hand:
#
#   BOOTSTRAP=localhost:9092 scripts/create-topics.sh topics
#
# Environment: BOOTSTRAP (default kafka:9092), KAFKA_TOPICS (default /opt/kafka/bin/kafka-topics.sh),
# MAX_REPLICATION_FACTOR (lowers the declared factor, e.g. 1 for a single broker), DRY_RUN=1 (print, do nothing).
set -euo pipefail

dir="${1:-/topics}"
bootstrap="${BOOTSTRAP:-kafka:9092}"
kafka_topics="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"
max_rf="${MAX_REPLICATION_FACTOR:-}"

value() { # value KEY FILE: the value of a key=value line, without surrounding spaces
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$2" | head -n 1 | sed 's/[[:space:]]*$//'
}

shopt -s nullglob
files=("$dir"/*.properties)
if [ ${#files[@]} -eq 0 ]; then
  echo "create-topics: no *.properties files in $dir" >&2
  exit 1
fi

for file in "${files[@]}"; do
  name=$(value name "$file")
  partitions=$(value partitions "$file")
  rf=$(value replication.factor "$file")
  if [ -n "$max_rf" ] && [ "$rf" -gt "$max_rf" ]; then rf="$max_rf"; fi
  args=(--bootstrap-server "$bootstrap" --create --if-not-exists --topic "$name"
        --partitions "$partitions" --replication-factor "$rf"
        --config "cleanup.policy=$(value cleanup.policy "$file")"
        --config "retention.ms=$(value retention.ms "$file")")
  while IFS= read -r line; do
    args+=(--config "${line#config.}")
  done < <(grep -E '^[[:space:]]*config\.' "$file" | sed 's/^[[:space:]]*//; s/[[:space:]]*=[[:space:]]*/=/' | sort)
  if [ "${DRY_RUN:-}" = "1" ]; then
    echo "$kafka_topics ${args[*]}"
  else
    "$kafka_topics" "${args[@]}"
    echo "create-topics: $name ready"
  fi
done
