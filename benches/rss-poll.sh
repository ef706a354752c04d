#!/usr/bin/env bash
# Memory of one command over time (BENCHMARKS.md, "Memory that no longer grows"):
#
#   benches/rss-poll.sh LOG COMMAND [ARGS...]
#
# Runs COMMAND under GNU time (LOG.time: wall, CPU, peak RSS), writes its output to LOG.out, polls its RssAnon
# and VmRSS every 0.5 s into LOG ("seconds anon_kib rss_kib" per line) and appends the peaks to LOG.out.
log=$1; shift
/usr/bin/time -f "%e s wall %U user %S sys %M KB maxrss" -o "$log.time" "$@" > "$log.out" 2>&1 &
tpid=$!
sleep 0.3
pid=$(pgrep -P $tpid | head -1)
start=$(date +%s.%N)
pa=0; pr=0
while kill -0 $tpid 2>/dev/null; do
  read a r < <(awk '/RssAnon/{a=$2} /VmRSS/{r=$2} END{print a, r}' /proc/$pid/status 2>/dev/null)
  [ -n "$a" ] && { [ "$a" -gt $pa ] && pa=$a; [ "$r" -gt $pr ] && pr=$r; echo "$(echo "$(date +%s.%N) - $start" | bc) $a $r" >> "$log"; }
  sleep 0.5
done
echo "peak anon $((pa/1024)) MiB, peak rss (polled) $((pr/1024)) MiB" >> "$log.out"
