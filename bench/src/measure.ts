/**
 * Timing helpers. Subjects are compared in one process with their samples
 * interleaved (A, B, A, B, ...), so that load from other processes on the
 * machine hits all of them alike. Results are medians of the samples.
 */

export interface Subject {
  name: string;
  /** Prepares the inputs of the next `iterations` runs; not timed. */
  setup?(iterations: number): void;
  /** Runs `iterations` times; timed. */
  run(iterations: number): void;
}

export interface TimingOptions {
  /** Time each subject runs before measuring, so the JIT has compiled the hot code. */
  warmupMs: number;
  /** Number of samples per subject. */
  samples: number;
  /** Target duration of one sample; the iteration count per sample is set from the last warm-up batch to reach it. */
  minSampleMs: number;
}

export interface Timing {
  name: string;
  iterationsPerSample: number;
  /** Per-iteration time of each sample, in microseconds. */
  samplesUs: number[];
  medianUs: number;
  /** Fastest sample, in microseconds: the least disturbed by other processes. */
  minUs: number;
  /** Median absolute deviation of the samples, in microseconds. */
  madUs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeOnce(subject: Subject, iterations: number): number {
  subject.setup?.(iterations);
  const start = process.hrtime.bigint();
  subject.run(iterations);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Runs the subject for at least `ms` milliseconds in doubling batches and
 * returns the per-iteration time of the last batch, the warmest one.
 */
function warmUp(subject: Subject, ms: number): number {
  let elapsedMs = 0;
  let batch = 1;
  let lastPerIterationMs = 0;
  while (elapsedMs < ms) {
    const batchMs = timeOnce(subject, batch);
    elapsedMs += batchMs;
    lastPerIterationMs = batchMs / batch;
    if (batch < 1024) batch *= 2;
  }
  return lastPerIterationMs;
}

/**
 * Returns the median over rounds of `subject[i] / reference[i]`. Samples of one
 * round are taken back to back, so this ratio is less affected than the ratio
 * of medians when the machine's load changes during the run.
 */
export function pairedRatio(subject: Timing, reference: Timing): number {
  return median(subject.samplesUs.map((us, i) => us / reference.samplesUs[i]!));
}

/** Warms every subject up, then takes interleaved samples of each. */
export function compare(subjects: Subject[], options: TimingOptions): Timing[] {
  const iterationsPerSample = subjects.map((subject) => {
    const perIterationMs = warmUp(subject, options.warmupMs);
    return Math.max(1, Math.ceil(options.minSampleMs / perIterationMs));
  });

  const samples: number[][] = subjects.map(() => []);
  for (let round = 0; round < options.samples; round++) {
    // Alternate the order so that neither subject always runs right after the other's garbage.
    const order = round % 2 === 0 ? subjects.map((_, i) => i) : subjects.map((_, i) => subjects.length - 1 - i);
    for (const i of order) {
      const ms = timeOnce(subjects[i]!, iterationsPerSample[i]!);
      samples[i]!.push((ms * 1000) / iterationsPerSample[i]!);
    }
  }

  return subjects.map((subject, i) => {
    const samplesUs = samples[i]!;
    const medianUs = median(samplesUs);
    return {
      name: subject.name,
      iterationsPerSample: iterationsPerSample[i]!,
      samplesUs,
      medianUs,
      minUs: Math.min(...samplesUs),
      madUs: median(samplesUs.map((v) => Math.abs(v - medianUs))),
    };
  });
}
