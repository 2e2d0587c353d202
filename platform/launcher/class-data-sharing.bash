# Sourced by ./huiyin. Class data sharing for the services, as Spring Boot's "Class Data Sharing" describes it:
# each service jar is extracted (CDS needs plain jars on the class path, not nested ones) under
# SERVICE/target/cds, with an archive of the classes a start loads, made by a training run that exits once its
# context is refreshed. A start then maps those classes instead of reading, parsing and verifying them again.
# The archive is made again when the jar or the JVM changes; without one (its training failed, or
# HUIYIN_CDS=off) a service starts from its jar as before.

CDS_ENABLED=${HUIYIN_CDS:-on}

cds_dir() { printf '%s/target/cds' "$1"; }

# What an archive was made from: the service jar's size and time, and the JVM binary.
cds_stamp() {
  local java_bin
  java_bin=$(readlink -f "$(command -v java)")
  printf '%s %s %s\n' "$(stat -c '%s %Y' "$(service_jar "$1")")" "$java_bin" "$(stat -c '%Y' "$java_bin")"
}

cds_fresh() {
  local dir
  dir=$(cds_dir "$1")
  [[ $CDS_ENABLED == on && -f "$dir/app.jsa" && "$(cat "$dir/stamp" 2>/dev/null)" == "$(cds_stamp "$1")" ]]
}

# The jar a service starts from: the extracted one while its archive is fresh, else the built one.
runnable_jar() {
  if cds_fresh "$1"; then
    printf '%s/%s' "$(cds_dir "$1")" "$(basename "$(service_jar "$1")")"
  else
    service_jar "$1"
  fi
}

cds_flags() {
  if cds_fresh "$1"; then printf -- '-XX:SharedArchiveFile=%s/app.jsa' "$(cds_dir "$1")"; fi
}

# $@: the services about to start. Trains, side by side, those whose archive is missing or stale (once after
# each build). Needs the platform: the training run creates the services' indexes as a start would.
cds_prepare() {
  [[ $CDS_ENABLED == on ]] || return 0
  local name stale=() pids=() pid
  for name in "$@"; do cds_fresh "$name" || stale+=("$name"); done
  [[ ${#stale[@]} -gt 0 ]] || return 0
  say "making the class-data archives of ${stale[*]} (once after each build; HUIYIN_CDS=off skips them) ..."
  for name in "${stale[@]}"; do
    cds_train "$name" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  for name in "${stale[@]}"; do
    cds_fresh "$name" || say "  $name has no archive (see $LOGS/$name-cds.log) and starts from its jar"
  done
}

cds_train() {
  local name=$1 dir jar args
  dir=$(cds_dir "$name")
  jar=$(service_jar "$name")
  mapfile -t args < <(service_args "$name")
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >"$LOGS/$name-cds.log" 2>&1 || return 1
  # the C1 compiler only: the archive holds classes, not compiled code, and the run is short; its warnings
  # about classes CDS cannot hold (compiled for Java 5 and older) stay in the log
  # shellcheck disable=SC2086
  java -XX:TieredStopAtLevel=1 $JAVA_OPTS_SERVICE -XX:ArchiveClassesAtExit="$dir/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$dir/$(basename "$jar")" "${args[@]}" >>"$LOGS/$name-cds.log" 2>&1 \
    || { rm -f "$dir/app.jsa"; return 1; }
  cds_stamp "$name" >"$dir/stamp"
}
