#!/usr/bin/env bash
# A PulseAudio server with at least one sink, so Firefox and WebKitGTK (GStreamer)
# can play sound on a machine without a sound card. Idempotent: .ci/run and
# tests/support/engines.ts both call it; a server that answers is left alone.
# As root, `pulseaudio --start` warns ("not intended to be run as root") but runs
# a per-user daemon (--system=false, the default), which is what the browsers
# of the same user find. The daemon stays (--exit-idle-time=-1) until the machine stops.
set -u
if ! command -v pulseaudio >/dev/null 2>&1 || ! command -v pactl >/dev/null 2>&1; then
  echo "PulseAudio niet gevonden — apt-get install pulseaudio pulseaudio-utils" >&2
  exit 1
fi
if ! pactl info >/dev/null 2>&1; then
  pulseaudio --start --system=false --exit-idle-time=-1 2>/dev/null
  for _ in $(seq 50); do
    pactl info >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
if ! pactl info >/dev/null 2>&1; then
  echo "PulseAudio start niet (pulseaudio --start --exit-idle-time=-1)" >&2
  exit 1
fi
# Without a sound card PulseAudio usually adds its own null sink (auto_null); if not, add one.
if [ -z "$(pactl list short sinks)" ]; then
  pactl load-module module-null-sink sink_name=geluid_nergens >/dev/null
fi
pactl list short sinks | head -n 1 | cut -f 2
