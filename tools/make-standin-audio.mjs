#!/usr/bin/env node
// make-standin-audio.mjs: synthetic stand-in interview recordings.
//
// NJi will supply the real interview recordings later. Until then every story
// gets one stand-in recording made with speech synthesis (espeak-ng, Dutch
// voice) from that story's own text, so that the audio player, the transcript
// and the six fragment links can be built and tested against real files.
//
// Input: one spec per story in tools/standin-audio/<story>.txt (format below).
// Output, committed to the repository:
//   audio/<story>.mp3     mono, 48 kbit/s CBR, 22050 Hz
//   audio/<story>.vtt     WebVTT transcript, one cue per spoken sentence
//   audio/fragments.json  { "<fragment id>": { "story", "start", "end" } }, seconds
// The output is replaced by the real interviews (and their real fragment
// timestamps) once they arrive; this script is a maintainer tool, not part of
// the build or the tests.
//
// Each fragment is a stretch of the recording that lasts exactly its given
// length (to the sample): sentences are never cut; the stretch is filled by
// padding the pauses between sentences with silence and, when needed, a modest
// tempo change (sox `tempo`, which keeps the pitch). Fragments start on a whole
// second, so with whole-second lengths both start and end can be written as m:ss.
// Cue times come from the measured WAV pieces (`sox --i -D`) and are exact for
// the concatenated WAV; the MP3 is encoded so that it decodes onto the same
// timeline (lame's encoder delay is compensated, see render()). After
// generating, the script checks its output the same way --check does and prints
// a table: size and duration per recording, start/end/length per fragment.
// The output is deterministic: same tools and specs, same bytes.
//
// Usage (from the project root):
//   node tools/make-standin-audio.mjs            generate everything, then check
//   node tools/make-standin-audio.mjs --check    only check the committed output
//   options: --seed <file>  text to check the sentences against
//                           (default: the MDX of content/stories and content/chapters)
//            --keep-tmp     keep the temporary WAV pieces
// Needs (Debian): apt-get install -y espeak-ng sox lame
//   Optional: libsox-fmt-mp3, so that sox can read MP3s: then the MP3 duration
//   is measured with `sox --i -D` (else ffprobe, else by counting MP3 frames)
//   and the decoded MP3 is checked to line up with the WAV to the sample.
//
// Spec format (tools/standin-audio/<story>.txt), one item a line:
//   # ...                        comment
//   title: <text>                title for the MP3 tag
//   <sentence>                   spoken sentence, verbatim from the story text
//   (blank line)                 paragraph break: a longer pause before the next sentence
//   [fragment <id> <m:ss>]       start of a fragment stretch of exactly m:ss
//   * <sentence>                 the fragment's quote (exactly one per fragment, and the
//                                fragment's first sentence: a stretch opens with its quote)
//   [/fragment]                  end of the fragment stretch
// Sentences outside fragments form the intro, the text between fragments and the outro.

import { spawnSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const execFileP = promisify(execFile);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPEC_DIR = path.join(ROOT, 'tools', 'standin-audio');
const OUT_DIR = path.join(ROOT, 'audio');
const FRAGMENTS_JSON = path.join(OUT_DIR, 'fragments.json');
const CONTENT_DIRS = [path.join(ROOT, 'content', 'stories'), path.join(ROOT, 'content', 'chapters')];

const RATE = 22050; // Hz, espeak-ng's native rate; kept through to the MP3
const VOICE = 'nl';
const WPM = 170; // espeak-ng speed
const MP3_KBPS = 48;
const ENC_DELAY = 576 + 529; // samples: lame's encoder delay + the MP3 decoder delay

// Timing, in seconds.
const LEAD_IN = 0.5; // silence at the very start
const TAIL_OUT = 0.7; // silence at the very end
const GAP = 0.8; // between sentences outside fragments
const PARA_GAP = 1.4; // same, after a blank line in the spec
const MIN_PRE_FRAGMENT = 0.4; // at least this much silence before a fragment's start
const POST_FRAGMENT = 0.5; // silence after a fragment's end, before the next sentence
const FRAG_LEAD = 0.3; // silence inside a fragment before its first sentence
const FRAG_GAP_PREFERRED = 0.9; // preferred pause per weight unit inside fragments
const FRAG_GAP_MIN = 0.45; // below this, speed up instead
const FRAG_GAP_FLOOR = 0.25; // hard minimum after the tempo change
const PARA_WEIGHT = 2; // a paragraph pause counts as this many pauses
const TAIL_WEIGHT = 1.5; // pause after the fragment's last sentence
const TEMPO_MIN = 0.85; // slowest tempo ("modest")
const TEMPO_MAX = 1.15; // fastest tempo
const MIN_FIRST_START = 10; // the first fragment starts no earlier (pads the intro with silence)
const TOLERANCE = 0.3; // allowed deviation of a fragment's length
const SIZE_BUDGET = 6_000_000; // bytes, all MP3s together
const MAX_PADDING = 0.15; // s, lame's padding and delay at the end of the MP3

// Global sox options for every processing call: no dither (-D) and fixed
// random numbers (-R), so that the output is the same on every run.
const SOX = ['-D', '-R'];

const APT_HINT = 'apt-get install -y espeak-ng sox lame';

// ---------------------------------------------------------------- helpers

const args = process.argv.slice(2);
const opt = {
  check: args.includes('--check'),
  keepTmp: args.includes('--keep-tmp'),
  seed: args.includes('--seed') ? args[args.indexOf('--seed') + 1] : null,
};
if (args.includes('--help') || args.includes('-h')) {
  const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  console.log(src.split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}

const sec = (samples) => samples / RATE;
const smp = (seconds) => Math.round(seconds * RATE);
const round1 = (x) => Math.round(x * 10) / 10;

function mss(seconds) {
  const r = round1(seconds);
  const m = Math.floor(r / 60);
  const s = r - m * 60;
  const whole = Math.abs(s - Math.round(s)) < 1e-9;
  const ss = whole ? String(Math.round(s)).padStart(2, '0') : s.toFixed(1).padStart(4, '0');
  return `${m}:${ss}`;
}

function parseMss(text) {
  const m = /^(\d+):(\d{2}(?:\.\d+)?)$/.exec(text);
  if (!m) throw new Error(`bad length "${text}" (want m:ss)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function vttTime(seconds) {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const f = ms % 1000;
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `${p(h)}:${p(m)}:${p(s)}.${p(f, 3)}`;
}

function has(tool, versionArg = '--version') {
  const r = spawnSync(tool, [versionArg], { stdio: 'ignore' });
  return !r.error;
}

function fail(msg) {
  console.error(`make-standin-audio: ${msg}`);
  process.exit(1);
}

const normalizeSpace = (s) => s.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------- spec

function readSpecs() {
  if (!fs.existsSync(SPEC_DIR)) fail(`no spec directory ${path.relative(ROOT, SPEC_DIR)}`);
  const files = fs.readdirSync(SPEC_DIR).filter((f) => f.endsWith('.txt')).sort();
  if (!files.length) fail(`no specs in ${path.relative(ROOT, SPEC_DIR)}`);
  const specs = files.map((f) => parseSpec(path.join(SPEC_DIR, f)));
  const seen = new Map();
  for (const spec of specs) {
    for (const fr of spec.fragments) {
      if (seen.has(fr.id)) fail(`fragment id "${fr.id}" used in ${seen.get(fr.id)} and ${spec.story}`);
      seen.set(fr.id, spec.story);
    }
  }
  return specs;
}

function parseSpec(file) {
  const story = path.basename(file, '.txt');
  const where = (n) => `${path.relative(ROOT, file)}:${n}`;
  const spec = { story, title: story, sentences: [], fragments: [] };
  let fragment = null;
  let para = false;
  fs.readFileSync(file, 'utf8').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const n = i + 1;
    if (line === '') { para = true; return; }
    if (line.startsWith('#')) return;
    let m;
    if ((m = /^title:\s*(.+)$/.exec(line))) { spec.title = m[1]; return; }
    if ((m = /^\[fragment\s+([a-z0-9-]+)\s+(\d+:\d{2})\]$/.exec(line))) {
      if (fragment) fail(`${where(n)}: fragment inside fragment`);
      fragment = { id: m[1], length: parseMss(m[2]), lengthText: m[2], quote: null, sentences: [] };
      spec.fragments.push(fragment);
      para = false;
      return;
    }
    if (line === '[/fragment]') {
      if (!fragment) fail(`${where(n)}: [/fragment] without [fragment]`);
      if (!fragment.sentences.length) fail(`${where(n)}: empty fragment ${fragment.id}`);
      if (!fragment.quote) fail(`${where(n)}: fragment ${fragment.id} has no "* quote" line`);
      // The player and the page name a fragment by its quote, so that is what a
      // listener must hear first: the stretch opens with the quote.
      if (!fragment.sentences[0].isQuote) {
        fail(`${where(fragment.sentences[0].line)}: fragment ${fragment.id} must open with its quote: ` +
          `move the line "* ${fragment.quote}" to the first line after [fragment ${fragment.id} ${fragment.lengthText}]`);
      }
      fragment = null;
      para = false;
      return;
    }
    if (line.startsWith('[')) fail(`${where(n)}: unknown directive ${line}`);
    const isQuote = line.startsWith('* ');
    const text = normalizeSpace(isQuote ? line.slice(2) : line);
    if (isQuote) {
      if (!fragment) fail(`${where(n)}: quote outside a fragment`);
      if (fragment.quote) fail(`${where(n)}: second quote in fragment ${fragment.id}`);
      fragment.quote = text;
    }
    const sentence = { index: spec.sentences.length, text, para, isQuote, fragment: fragment ? fragment.id : null, line: n };
    spec.sentences.push(sentence);
    if (fragment) fragment.sentences.push(sentence);
    para = false;
  });
  if (fragment) fail(`${path.relative(ROOT, file)}: fragment ${fragment.id} not closed`);
  if (!spec.fragments.length) fail(`${path.relative(ROOT, file)}: no fragments`);
  return spec;
}

// Every spec sentence must occur verbatim (up to whitespace) in the site's
// text (content/stories and content/chapters, typos already fixed there), or in
// --seed <file>; quotes may differ in their final punctuation.
function checkAgainstSeed(specs) {
  const files = opt.seed
    ? [opt.seed]
    : CONTENT_DIRS.flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => path.join(dir, f)));
  const seedFile = opt.seed ?? 'content/';
  const source = normalizeSpace(files.map((f) => fs.readFileSync(f, 'utf8')).join('\n').replace(/^\s*[-*]\s+/gm, ''));
  const problems = [];
  for (const spec of specs) {
    for (const s of spec.sentences) {
      const probe = s.isQuote ? s.text.replace(/[.!?]$/, '') : s.text;
      if (!source.includes(probe)) problems.push(`${spec.story}:${s.line}: not verbatim in the source: ${s.text}`);
    }
  }
  if (!problems.length) console.log(`sentences checked against ${path.relative(ROOT, seedFile) || seedFile}: all verbatim`);
  return problems;
}

// ---------------------------------------------------------------- synthesis

async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// Duration of a WAV piece, measured with `sox --i -D`, as a whole number of samples.
async function measure(file) {
  const { stdout } = await execFileP('sox', ['--i', '-D', file]);
  const d = Number(stdout.trim());
  if (!Number.isFinite(d)) throw new Error(`sox --i -D ${file}: ${stdout}`);
  return smp(d);
}

// What espeak-ng gets: the sentence without typographic quote marks.
const speechText = (text) => text.replace(/[‘’“”]/g, '').replace(/\s+/g, ' ').trim();

async function synthesize(tmp, spec, s) {
  const base = path.join(tmp, `${spec.story}-${String(s.index).padStart(3, '0')}`);
  await execFileP('espeak-ng', ['-v', VOICE, '-s', String(WPM), '-w', `${base}-raw.wav`, speechText(s.text)]);
  // Strip espeak's own leading and trailing silence (only silence: the
  // threshold is far below speech), so cue times hug the voice.
  await execFileP('sox', [...SOX, `${base}-raw.wav`, '-r', String(RATE), '-c', '1', '-b', '16', `${base}.wav`,
    'silence', '1', '0.005', '0.05%', 'reverse', 'silence', '1', '0.005', '0.05%', 'reverse']);
  s.wav = `${base}.wav`;
  s.samples = await measure(s.wav);
  if (s.samples <= 0) throw new Error(`no audio for: ${s.text}`);
}

async function applyTempo(s, tempo) {
  const out = s.wav.replace(/\.wav$/, '-tempo.wav');
  await execFileP('sox', [...SOX, s.wav, out, 'tempo', '-s', tempo.toFixed(4)]);
  s.wav = out;
  s.samples = await measure(out);
}

// Decide a tempo for a fragment from the natural sentence durations.
function chooseTempo(fr) {
  const speech = sec(fr.sentences.reduce((a, s) => a + s.samples, 0));
  const weights = fr.sentences.slice(1).reduce((a, s) => a + (s.para ? PARA_WEIGHT : 1), 0) + TAIL_WEIGHT;
  const avail = fr.length - FRAG_LEAD;
  let tempo = 1;
  if (speech + weights * FRAG_GAP_PREFERRED < avail) {
    tempo = Math.max(TEMPO_MIN, speech / (avail - weights * FRAG_GAP_PREFERRED));
  } else if (speech + weights * FRAG_GAP_MIN > avail) {
    tempo = speech / (avail - weights * FRAG_GAP_MIN);
    if (!(tempo > 0) || tempo > TEMPO_MAX) {
      throw new Error(`fragment ${fr.id}: ${speech.toFixed(1)} s of speech does not fit in ${fr.lengthText} ` +
        `even at tempo ${TEMPO_MAX}; remove sentences from its spec`);
    }
  }
  return Math.abs(tempo - 1) < 0.02 ? 1 : tempo;
}

// Lay out one story: returns pieces (WAV files or silences), cues and fragment spans.
function layout(spec) {
  const pieces = [];
  const cues = [];
  const spans = [];
  let pos = 0;
  const silence = (n) => { if (n > 0) { pieces.push({ silence: n }); pos += n; } };
  const speak = (s) => {
    cues.push({ start: pos, end: pos + s.samples, text: s.text, sentence: s });
    pieces.push({ file: s.wav });
    pos += s.samples;
  };

  silence(smp(LEAD_IN));
  let prevWasFragment = false;
  let i = 0;
  while (i < spec.sentences.length) {
    const s = spec.sentences[i];
    if (!s.fragment) {
      // After a fragment: extra silence, so that a player stopping a little
      // late at the fragment's end does not catch the next sentence.
      if (i > 0) silence(smp(prevWasFragment ? POST_FRAGMENT : s.para ? PARA_GAP : GAP));
      speak(s);
      prevWasFragment = false;
      i++;
      continue;
    }
    const fr = spec.fragments.find((f) => f.id === s.fragment);
    // Pad to the next whole second: the fragment starts there.
    let start = Math.ceil((pos + smp(MIN_PRE_FRAGMENT)) / RATE) * RATE;
    // Like an excerpt of a longer interview: the first fragment starts some way in.
    if (!spans.length) start = Math.max(start, smp(MIN_FIRST_START));
    silence(start - pos);
    const target = smp(fr.length);
    const speech = fr.sentences.reduce((a, x) => a + x.samples, 0);
    const ws = fr.sentences.map((x, k) => (k === 0 ? 0 : x.para ? PARA_WEIGHT : 1));
    const W = ws.reduce((a, b) => a + b, 0) + TAIL_WEIGHT;
    const avail = target - smp(FRAG_LEAD) - speech;
    const unit = avail / W;
    if (unit < smp(FRAG_GAP_FLOOR)) {
      throw new Error(`fragment ${fr.id}: pauses would be ${(sec(unit)).toFixed(2)} s; remove sentences from its spec`);
    }
    silence(smp(FRAG_LEAD));
    let used = 0;
    fr.sentences.forEach((x, k) => {
      if (k > 0) { const g = Math.floor(unit * ws[k]); silence(g); used += g; }
      speak(x);
    });
    silence(avail - used); // the tail takes the rounding remainder: exact length
    if (pos - start !== target) throw new Error(`internal: fragment ${fr.id} is ${pos - start} samples, want ${target}`);
    spans.push({ id: fr.id, start, end: pos, unit: sec(unit) });
    i += fr.sentences.length;
    prevWasFragment = true;
  }
  silence(smp(TAIL_OUT));
  return { pieces, cues, spans, total: pos };
}

async function render(tmp, spec, plan) {
  const files = [];
  const silences = new Map();
  for (const p of plan.pieces) {
    if (p.file) { files.push(p.file); continue; }
    if (!silences.has(p.silence)) {
      const f = path.join(tmp, `silence-${p.silence}.wav`);
      // Input options before -n: the null input then runs at RATE, so the
      // sample count given to trim is exact (no resampling afterwards).
      await execFileP('sox', [...SOX, '-r', String(RATE), '-c', '1', '-n', '-r', String(RATE), '-c', '1', '-b', '16', f,
        'trim', '0s', `${p.silence}s`]);
      if ((await measure(f)) !== p.silence) throw new Error(`silence of ${p.silence} samples came out wrong`);
      silences.set(p.silence, f);
    }
    files.push(silences.get(p.silence));
  }
  const wav = path.join(tmp, `${spec.story}.wav`);
  await execFileP('sox', [...SOX, ...files, wav], { maxBuffer: 1 << 24 });
  const got = await measure(wav);
  if (got !== plan.total) throw new Error(`${spec.story}: concatenated ${got} samples, planned ${plan.total}`);
  const mp3 = path.join(tmp, `${spec.story}.mp3`);
  if (smp(LEAD_IN) <= ENC_DELAY) throw new Error('LEAD_IN must be longer than ENC_DELAY');
  // At 48 kbit/s and 22050 Hz a frame is too small for lame's Info/LAME tag, so
  // players cannot learn the encoder delay and play everything ENC_DELAY
  // samples late. Compensate: encode without the first ENC_DELAY samples (all
  // lead-in silence), so the decoded MP3 lines up with the WAV and the cues.
  const trimmed = path.join(tmp, `${spec.story}-enc.wav`);
  await execFileP('sox', [...SOX, wav, trimmed, 'trim', `${ENC_DELAY}s`]);
  await encode(spec, trimmed, mp3);
  let compensated = true;
  if (mp3Info(fs.readFileSync(mp3)).delay != null) {
    // A LAME tag made it in after all: gapless players trim the delay themselves.
    await encode(spec, wav, mp3);
    compensated = false;
  }
  return { wav, mp3, compensated };
}

async function encode(spec, wav, mp3) {
  // -t: no Xing/Info tag. It cannot carry the encoder delay at this rate anyway, and its frame
  // count made metadata readers report the recording about a second short.
  await execFileP('lame', ['--quiet', '-q', '2', '-t', '-b', String(MP3_KBPS), '--cbr', '-m', 'm',
    '--resample', String(RATE / 1000), '--id3v2-only',
    '--tt', `${spec.title} (synthetic stand-in)`,
    '--ta', 'Nederlands Jeugdinstituut',
    '--tl', 'Burgerinitiatieven en wijkteams',
    '--tc', 'Synthetic stand-in (espeak-ng) until the real interview is available',
    wav, mp3]);
}

const canReadMp3 = () => spawnSync('sox', ['-h'], { encoding: 'utf8' }).stdout?.match(/FILE FORMATS:.*\bmp3\b/) != null;

// Decoded samples [fromSample, fromSample + samples) of a file. Decodes from
// the start on purpose: sox seeks MP3s by whole frames, which is not sample-exact.
async function pcm(file, fromSample, samples) {
  const { stdout } = await execFileP('sox', [...SOX, file, '-t', 'raw', '-e', 'signed', '-b', '16', '-c', '1', '-r', String(RATE), '-',
    'trim', '0s', `${fromSample + samples}s`], { encoding: 'buffer', maxBuffer: 1 << 26 });
  const out = new Int16Array(samples);
  for (let i = 0; i < samples && (fromSample + i) * 2 + 1 < stdout.length; i++) {
    if (fromSample + i >= 0) out[i] = stdout.readInt16LE((fromSample + i) * 2);
  }
  return out;
}

// Offset (in samples) of the decoded MP3 against the WAV, by cross-correlating
// 0.2 s of the first sentence. 0 means the cues fit the MP3 as well.
async function alignment(wav, mp3, at) {
  const win = smp(0.2);
  const range = 2 * ENC_DELAY;
  const a = await pcm(wav, at, win);
  const b = await pcm(mp3, at - range, win + 2 * range);
  let best = -Infinity;
  let lag = 0;
  for (let l = -range; l <= range; l++) {
    let dot = 0;
    for (let k = 0; k < win; k++) dot += a[k] * b[k + range + l];
    if (dot > best) { best = dot; lag = l; }
  }
  return lag;
}

function vttText(cues) {
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const blocks = cues.map((c, i) => `${i + 1}\n${vttTime(sec(c.start))} --> ${vttTime(sec(c.end))}\n${esc(c.text)}`);
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

async function generate(specs) {
  for (const [tool, arg] of [['espeak-ng', '--version'], ['sox', '--version'], ['lame', '--version']]) {
    if (!has(tool, arg)) fail(`"${tool}" not found. Install the tools with:\n  ${APT_HINT}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'standin-audio-'));
  try {
    const jobs = specs.flatMap((spec) => spec.sentences.map((s) => [spec, s]));
    console.log(`synthesizing ${jobs.length} sentences with espeak-ng (${VOICE}, ${WPM} wpm) ...`);
    const limit = Math.max(1, Math.min(8, os.cpus().length));
    await pool(jobs, limit, ([spec, s]) => synthesize(tmp, spec, s));

    const fragmentsOut = {};
    const outputs = [];
    for (const spec of specs) {
      for (const fr of spec.fragments) {
        fr.tempo = chooseTempo(fr);
        if (fr.tempo !== 1) await pool(fr.sentences, limit, (s) => applyTempo(s, fr.tempo));
      }
      const plan = layout(spec);
      const { wav, mp3, compensated } = await render(tmp, spec, plan);
      if (canReadMp3()) {
        const lag = await alignment(wav, mp3, plan.cues[0].start);
        console.log(`  ${spec.story}: decoded MP3 vs WAV offset ${lag} samples` +
          (compensated ? ` (encoder delay ${ENC_DELAY} samples compensated)` : ' (gapless LAME tag)'));
        if (Math.abs(lag) > 2) throw new Error(`${spec.story}.mp3 is ${lag} samples off the WAV timeline`);
      }
      for (const span of plan.spans) {
        const fr = spec.fragments.find((f) => f.id === span.id);
        fragmentsOut[span.id] = { story: spec.story, start: round1(sec(span.start)), end: round1(sec(span.end)) };
        console.log(`  ${spec.story} / ${span.id}: tempo ${fr.tempo.toFixed(3)}, pause unit ${span.unit.toFixed(2)} s`);
      }
      outputs.push({ spec, mp3, vtt: vttText(plan.cues), samples: plan.total });
    }
    // Everything succeeded: replace the committed output.
    fs.mkdirSync(OUT_DIR, { recursive: true });
    for (const o of outputs) {
      fs.copyFileSync(o.mp3, path.join(OUT_DIR, `${o.spec.story}.mp3`));
      fs.writeFileSync(path.join(OUT_DIR, `${o.spec.story}.vtt`), o.vtt);
    }
    fs.writeFileSync(FRAGMENTS_JSON, `${JSON.stringify(fragmentsOut, null, 2)}\n`);
    console.log(`wrote ${outputs.length} recordings and ${path.relative(ROOT, FRAGMENTS_JSON)}`);
  } finally {
    if (opt.keepTmp) console.log(`temporary files kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- checking

// Reads MPEG audio frame headers (and the LAME/Info tag) without any decoder.
function mp3Info(buf) {
  let off = 0;
  if (buf.length >= 10 && buf.toString('latin1', 0, 3) === 'ID3') {
    const size = (buf[6] << 21) | (buf[7] << 14) | (buf[8] << 7) | buf[9];
    off = 10 + size + (buf[5] & 0x10 ? 10 : 0);
  }
  const BR = {
    1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
    2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  };
  const SR = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };
  const info = { frames: 0, sampleRate: null, channels: null, bitrates: new Set(), samplesPerFrame: null,
    delay: null, padding: null, gaplessSamples: null };
  let first = true;
  while (off + 4 <= buf.length) {
    const h = buf.readUInt32BE(off);
    if ((h >>> 21) !== 0x7ff) break; // end of frames (e.g. a trailing tag)
    const ver = (h >>> 19) & 3; // 3 = MPEG1, 2 = MPEG2, 0 = MPEG2.5
    const layer = (h >>> 17) & 3; // 1 = Layer III
    const brIdx = (h >>> 12) & 15;
    const srIdx = (h >>> 10) & 3;
    const pad = (h >>> 9) & 1;
    const mode = (h >>> 6) & 3;
    if (ver === 1 || layer !== 1 || brIdx === 0 || brIdx === 15 || srIdx === 3) break;
    const kbps = BR[ver === 3 ? 1 : 2][brIdx];
    const sr = SR[ver][srIdx];
    const spf = ver === 3 ? 1152 : 576;
    const len = Math.floor(((ver === 3 ? 144 : 72) * kbps * 1000) / sr) + pad;
    if (first) {
      first = false;
      info.sampleRate = sr;
      info.channels = mode === 3 ? 1 : 2;
      info.samplesPerFrame = spf;
      const side = ver === 3 ? (mode === 3 ? 17 : 32) : (mode === 3 ? 9 : 17);
      const tagAt = off + 4 + side;
      const tag = buf.toString('latin1', tagAt, tagAt + 4);
      if (tag === 'Info' || tag === 'Xing') {
        const flags = buf.readUInt32BE(tagAt + 4);
        let p = tagAt + 8;
        if (flags & 1) p += 4;
        if (flags & 2) p += 4;
        if (flags & 4) p += 100;
        if (flags & 8) p += 4;
        if (buf.toString('latin1', p, p + 4) === 'LAME') {
          const d = p + 21;
          info.delay = (buf[d] << 4) | (buf[d + 1] >> 4);
          info.padding = ((buf[d + 1] & 0x0f) << 8) | buf[d + 2];
        }
        off += len; // the tag frame carries no audio
        continue;
      }
    }
    info.frames++;
    info.bitrates.add(kbps);
    off += len;
  }
  info.totalSamples = info.frames * (info.samplesPerFrame ?? 0);
  if (info.delay != null) info.gaplessSamples = info.totalSamples - info.delay - info.padding;
  return info;
}

// Duration of an MP3 as a player reports it: sox, else ffprobe, else frame count.
function mp3Duration(file, info) {
  const r = spawnSync('sox', ['--i', '-D', file], { encoding: 'utf8' });
  if (!r.error && r.status === 0 && Number.isFinite(Number(r.stdout.trim()))) {
    return { seconds: Number(r.stdout.trim()), how: 'sox --i -D' };
  }
  const f = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], { encoding: 'utf8' });
  if (!f.error && f.status === 0 && Number.isFinite(Number(f.stdout.trim()))) {
    return { seconds: Number(f.stdout.trim()), how: 'ffprobe' };
  }
  return { seconds: info.totalSamples / info.sampleRate, how: 'frame count' };
}

function parseVtt(text) {
  const problems = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0])) problems.push('first line is not "WEBVTT"');
  const cues = [];
  const blocks = lines.slice(1).join('\n').split(/\n{2,}/).map((b) => b.trim()).filter(Boolean);
  const T = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3}) --> (\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/;
  for (const b of blocks) {
    const bl = b.split('\n');
    if (/^NOTE($|\s)/.test(bl[0]) || /^STYLE$/.test(bl[0]) || /^REGION$/.test(bl[0])) continue;
    const ti = T.test(bl[0]) ? 0 : T.test(bl[1] ?? '') ? 1 : -1;
    if (ti < 0) { problems.push(`block without a valid timing line: ${bl[0]}`); continue; }
    const m = T.exec(bl[ti]);
    const start = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
    const end = Number(m[5]) * 3600 + Number(m[6]) * 60 + Number(m[7]) + Number(m[8]) / 1000;
    const body = bl.slice(ti + 1).join('\n')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (!body) problems.push(`cue at ${bl[ti]} has no text`);
    if (!(end > start)) problems.push(`cue at ${bl[ti]} does not end after it starts`);
    if (cues.length && start < cues[cues.length - 1].end) problems.push(`cue at ${bl[ti]} overlaps the previous one`);
    cues.push({ start, end, text: body });
  }
  if (!cues.length) problems.push('no cues');
  return { cues, problems };
}

function check(specs) {
  const problems = [];
  const warnings = [];
  const rows = [];
  let fragments = {};
  if (!fs.existsSync(FRAGMENTS_JSON)) problems.push(`${path.relative(ROOT, FRAGMENTS_JSON)} is missing`);
  else fragments = JSON.parse(fs.readFileSync(FRAGMENTS_JSON, 'utf8'));
  const specIds = new Set(specs.flatMap((s) => s.fragments.map((f) => f.id)));
  for (const id of Object.keys(fragments)) if (!specIds.has(id)) problems.push(`fragments.json: unknown fragment ${id}`);

  let totalBytes = 0;
  for (const spec of specs) {
    const mp3File = path.join(OUT_DIR, `${spec.story}.mp3`);
    const vttFile = path.join(OUT_DIR, `${spec.story}.vtt`);
    if (!fs.existsSync(mp3File) || !fs.existsSync(vttFile)) {
      problems.push(`${spec.story}: audio/${spec.story}.mp3 or .vtt missing`);
      continue;
    }
    const buf = fs.readFileSync(mp3File);
    totalBytes += buf.length;
    const info = mp3Info(buf);
    const dur = mp3Duration(mp3File, info);
    const tag = `${spec.story}.mp3`;
    if (info.channels !== 1) problems.push(`${tag}: not mono`);
    if (![22050, 24000].includes(info.sampleRate)) problems.push(`${tag}: sample rate ${info.sampleRate}`);
    if (info.bitrates.size !== 1 || !info.bitrates.has(MP3_KBPS)) {
      problems.push(`${tag}: not ${MP3_KBPS} kbit/s CBR (${[...info.bitrates].join(', ')})`);
    }

    const { cues, problems: vp } = parseVtt(fs.readFileSync(vttFile, 'utf8'));
    vp.forEach((p) => problems.push(`${spec.story}.vtt: ${p}`));
    if (cues.length !== spec.sentences.length) {
      problems.push(`${spec.story}.vtt: ${cues.length} cues, spec has ${spec.sentences.length} sentences`);
    } else {
      spec.sentences.forEach((s, k) => {
        if (cues[k].text !== s.text) problems.push(`${spec.story}.vtt cue ${k + 1} differs from the spec: ${cues[k].text}`);
      });
    }
    const lastEnd = cues.length ? cues[cues.length - 1].end : 0;
    // The MP3 is a little longer than the audio the cues were timed on: lame
    // pads the last frame (and adds its delay, which the script compensates
    // at the start, see render()). So: every cue inside the MP3, and after the
    // last cue the closing silence plus at most a little padding.
    const after = dur.seconds - lastEnd;
    if (after < 0) problems.push(`${tag}: ${dur.seconds.toFixed(3)} s, ends before the last cue (${lastEnd.toFixed(3)} s)`);
    else if (after > TAIL_OUT + MAX_PADDING) problems.push(`${tag}: ${after.toFixed(3)} s after the last cue (want ${TAIL_OUT} s + padding)`);
    else if (after < TAIL_OUT - MAX_PADDING) problems.push(`${tag}: only ${after.toFixed(3)} s after the last cue (want ${TAIL_OUT} s)`);
    const audioSec = dur.seconds;

    const frRows = [];
    let firstStart = Infinity;
    for (const fr of spec.fragments) {
      const f = fragments[fr.id];
      if (!f) { problems.push(`fragments.json: ${fr.id} missing`); continue; }
      if (f.story !== spec.story) problems.push(`fragments.json: ${fr.id} belongs to ${spec.story}, not ${f.story}`);
      if (typeof f.start !== 'number' || typeof f.end !== 'number') { problems.push(`fragments.json: ${fr.id} start/end not numbers`); continue; }
      firstStart = Math.min(firstStart, f.start);
      const len = f.end - f.start;
      const ok = Math.abs(len - fr.length) <= TOLERANCE;
      if (!ok) problems.push(`${fr.id}: length ${len.toFixed(1)} s, want ${fr.length} s (${fr.lengthText}) ±${TOLERANCE}`);
      if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) warnings.push(`${fr.id}: start/end not on whole seconds`);
      if (f.end > audioSec + 0.05) problems.push(`${fr.id}: ends at ${f.end} s, after the audio (${audioSec.toFixed(2)} s)`);
      // The quote (and every sentence of the stretch) is spoken inside [start, end].
      if (cues.length === spec.sentences.length) {
        for (const s of fr.sentences) {
          const c = cues[s.index];
          if (c.start < f.start - 0.001 || c.end > f.end + 0.001) {
            problems.push(`${fr.id}: ${s.isQuote ? 'quote' : 'sentence'} cue ${vttTime(c.start)}-${vttTime(c.end)} outside [${f.start}, ${f.end}]`);
          }
        }
      }
      const quoteCue = cues.find((c) => c.text === fr.quote);
      if (!quoteCue) problems.push(`${fr.id}: no cue with the quote "${fr.quote}"`);
      // The first sentence heard from the fragment's start is its quote.
      const firstCue = cues.find((c) => c.start >= f.start - 0.001);
      if (firstCue && firstCue !== quoteCue) problems.push(`${fr.id}: opens at ${mss(f.start)} with "${firstCue.text}", not with its quote`);
      else if (firstCue && firstCue.start - f.start > 1) problems.push(`${fr.id}: quote starts ${(firstCue.start - f.start).toFixed(2)} s after the fragment`);
      frRows.push({ id: fr.id, start: f.start, end: f.end, len, target: fr.length, ok,
        quoteAt: quoteCue ? quoteCue.start : null });
    }
    if (firstStart < MIN_FIRST_START) warnings.push(`${spec.story}: first fragment starts at ${firstStart} s (< ${MIN_FIRST_START} s)`);
    rows.push({ story: spec.story, bytes: buf.length, dur, after, lastEnd, cues: cues.length, frRows, info });
  }

  // ---- report
  const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
  const t = (x) => `${x.toFixed(1)} (${mss(x)})`;
  console.log('');
  for (const r of rows) {
    console.log(`${r.story}: ${kb(r.bytes)} (${r.bytes} bytes), duration ${r.dur.seconds.toFixed(2)} s (${mss(r.dur.seconds)}), ` +
      `${r.cues} cues, last cue ends ${r.lastEnd.toFixed(3)} s (+${r.after.toFixed(3)} s to the end)`);
    console.log(`  ${'fragment'.padEnd(22)} ${'start s (m:ss)'.padEnd(15)} ${'end s (m:ss)'.padEnd(15)} ${'length'.padEnd(15)} ${'target'.padEnd(7)} quote at`);
    for (const f of r.frRows) {
      console.log(`  ${f.id.padEnd(22)} ${t(f.start).padEnd(15)} ${t(f.end).padEnd(15)} ${t(f.len).padEnd(15)} ` +
        `${mss(f.target).padEnd(7)} ${f.quoteAt != null ? mss(f.quoteAt) : '-'}  ${f.ok ? 'ok' : 'WRONG LENGTH'}`);
    }
  }
  const info = rows[0]?.info;
  console.log('');
  console.log(`total ${rows.length} files, ${totalBytes} bytes (${(totalBytes / 1e6).toFixed(2)} MB)` +
    (info ? `; ${info.sampleRate} Hz, ${info.channels === 1 ? 'mono' : 'stereo'}, ${[...info.bitrates].join('/')} kbit/s` : '') +
    (rows[0] ? `; duration by ${rows[0].dur.how}` : ''));
  if (totalBytes > SIZE_BUDGET) warnings.push(`all MP3s together are ${(totalBytes / 1e6).toFixed(2)} MB (budget ${SIZE_BUDGET / 1e6} MB)`);
  return { problems, warnings };
}

// ---------------------------------------------------------------- main

const specs = readSpecs();
const seedProblems = checkAgainstSeed(specs);
if (seedProblems.length && !opt.check) {
  fail(`spec sentences not found in the source text:\n  ${seedProblems.join('\n  ')}`);
}
if (!opt.check) {
  try {
    await generate(specs);
  } catch (err) {
    fail(err.message ?? String(err));
  }
}
const { problems, warnings } = check(specs);
problems.push(...seedProblems);
for (const w of warnings) console.log(`warning: ${w}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check: ok');
