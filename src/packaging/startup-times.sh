#!/usr/bin/env bash
# Launch-to-painted-window, measured from outside: each command is started RUNS times, the commands alternating, each
# start with a fresh preferences folder (so every start is a first start: 1280 x 800, English unless LANG says
# otherwise). The app prints the wall-clock times of its first painted frame (the opening screen) and of the first
# with the window's content (-Ddescentlab.startupTiming=true), and closes itself once started
# (-Ddescentlab.exitAfterStartup=true); each time is that minus the moment before the launch. Without a DISPLAY it
# starts its own Xvfb (1600 x 1000 x 24).
#
#   src/packaging/startup-times.sh RUNS 'label=command' ['label=command' ...]
#   src/packaging/startup-times.sh 7 'jar=java -jar target/descent-lab.jar' \
#       'installed=/tmp/dl/opt/descent-lab/bin/descent-lab'
#
# Prints one line per start, then min / median / max per label (first paint, content, first heat map), and the load
# average before and after.
set -euo pipefail

if [[ $# -lt 2 ]]; then
    sed -n '2,14p' "$0" >&2
    exit 2
fi
runs=$1
shift

xvfb_pid=
if [[ -z "${DISPLAY:-}" ]]; then
    display=:$((90 + RANDOM % 9))
    Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    sleep 1
fi
work=$(mktemp -d)
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A times contents heats
for ((i = 1; i <= runs; i++)); do
    for spec in "$@"; do
        label=${spec%%=*}
        command=${spec#*=}
        prefs=$(mktemp -d "$work/prefs.XXXX")
        start=$(date +%s%3N)
        # shellcheck disable=SC2086
        options="-Ddescentlab.startupTiming=true -Ddescentlab.exitAfterStartup=true -Djava.util.prefs.userRoot=$prefs"
        JAVA_TOOL_OPTIONS=$options timeout 120 $command >"$work/out" 2>&1 || true
        painted=$(sed -n 's/^window painted .* at epoch ms \([0-9]*\)$/\1/p' "$work/out")
        if [[ -z "$painted" ]]; then
            echo "$label run $i: no painted window; its output:" >&2
            cat "$work/out" >&2
            continue
        fi
        ms=$((painted - start))
        times[$label]+="$ms "
        cpu=$(sed -n 's/^window painted .*(\(JavaFX thread CPU [0-9]* ms, process CPU [0-9]* ms\)).*$/\1/p' "$work/out")
        # When the window's content was first drawn, after the opening screen (older versions do not say), and when
        # what that frame did not need has filled in too.
        content=$(sed -n 's/^content painted .* at epoch ms \([0-9]*\)$/\1/p' "$work/out")
        if [[ -n "$content" ]]; then
            contents[$label]+="$((content - start)) "
            content="; content after $((content - start)) ms"
        fi
        heat=$(sed -n 's/^first heat map on show .* at epoch ms \([0-9]*\)$/\1/p' "$work/out")
        if [[ -n "$heat" ]]; then
            heats[$label]+="$((heat - start)) "
            heat="; heat map after $((heat - start)) ms"
        fi
        complete=$(sed -n 's/^window complete .* at epoch ms \([0-9]*\)$/\1/p' "$work/out")
        [[ -n "$complete" ]] && complete="; complete after $((complete - start)) ms"
        echo "$label run $i: $ms ms ($cpu$content$heat$complete; load $(cut -d' ' -f1 /proc/loadavg))"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
for spec in "$@"; do
    label=${spec%%=*}
    sorted=$(tr ' ' '\n' <<<"${times[$label]:-}" | sed '/^$/d' | sort -n)
    n=$(wc -l <<<"$sorted")
    [[ -z "$sorted" ]] && continue
    echo "$label: min $(head -1 <<<"$sorted") / median $(sed -n "$(((n + 1) / 2))p" <<<"$sorted") /" \
        "max $(tail -1 <<<"$sorted") ms over $n starts"
    sorted=$(tr ' ' '\n' <<<"${contents[$label]:-}" | sed '/^$/d' | sort -n)
    [[ -z "$sorted" ]] && continue
    n=$(wc -l <<<"$sorted")
    echo "$label, its content: min $(head -1 <<<"$sorted") / median $(sed -n "$(((n + 1) / 2))p" <<<"$sorted") /" \
        "max $(tail -1 <<<"$sorted") ms"
    sorted=$(tr ' ' '\n' <<<"${heats[$label]:-}" | sed '/^$/d' | sort -n)
    [[ -z "$sorted" ]] && continue
    n=$(wc -l <<<"$sorted")
    echo "$label, its first heat map: min $(head -1 <<<"$sorted") / median $(sed -n "$(((n + 1) / 2))p" <<<"$sorted")" \
        "/ max $(tail -1 <<<"$sorted") ms"
done
