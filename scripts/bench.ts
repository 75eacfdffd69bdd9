/**
 * Graph-engine benchmark (`npm run bench`): generated curricula of 100, 1,000 and 10,000 topics
 * (about 3 requirement items each, 10% of them anyOf groups). Prints a Markdown table of median
 * times and exits non-zero when a target is missed at 10,000 topics.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  computeStates,
  createGraph,
  nextUpGroups,
  planTo,
  type ReviewInput,
  reviewSchedules,
  updateStates,
} from "../src/graph";
import { generateCurriculum, seededRandom } from "../src/graph/generate";

const SIZES = [100, 1_000, 10_000] as const;
const TARGETS_AT_10K = { states: 5, tick: 0.5, plan: 10 } as const;
const DONE_SHARE = 0.3;

interface Timing {
  readonly median: number;
  readonly runs: number;
}

/** Median of `runs` timed calls after a few untimed warm-up calls. */
function measure(runs: number, call: (run: number) => unknown): Timing {
  for (let warm = 0; warm < 5; warm++) call(warm);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    call(run);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, runs };
}

function benchSize(topics: number) {
  const curriculum = generateCurriculum({ topics, seed: 20_260_101 + topics });
  const buildStart = performance.now();
  const graph = createGraph(curriculum);
  const build = performance.now() - buildStart;
  const requirements = curriculum.topics.reduce((sum, t) => sum + t.requires.length, 0);
  const random = seededRandom(topics);
  const ids = curriculum.topics.map((t) => t.id);
  const done = new Set(ids.filter(() => random() < DONE_SHARE));
  const notDone = ids.filter((id) => !done.has(id));
  const runs = topics >= 10_000 ? 51 : topics >= 1_000 ? 101 : 201;

  const states = measure(runs, () => computeStates(graph, done));
  const base = computeStates(graph, done);
  // Each run ticks a different not-done topic; the done sets are built before timing.
  const ticks = Array.from({ length: runs + 5 }, () => {
    const id = notDone[Math.floor(random() * notDone.length)] ?? "";
    return { id, after: new Set(done).add(id) };
  });
  const tick = measure(runs, (run) => {
    const { id, after } = ticks[run] ?? { id: "", after: done };
    return updateStates(graph, base, after, id);
  });
  const readAll = measure(runs, () => {
    for (const status of computeStates(graph, done).values()) void status.state;
  });
  const goal = curriculum.goal;
  const plan = measure(runs, () => planTo(graph, [], goal));
  const fresh = planTo(graph, [], goal);
  const midway = planTo(
    graph,
    [...done].filter((id) => id !== goal),
    goal,
  );
  const nextUp = measure(runs, () => nextUpGroups(graph, done, goal));
  // Every done topic done on day 0 with three reviews: the review page's whole computation.
  const day = 86_400_000;
  const reviewInput = new Map<string, ReviewInput>(
    [...done].map((id) => [
      id,
      {
        doneAt: 0,
        events: [3, 10, 31].map((d) => ({
          at: (d + Math.floor(random() * 3)) * day,
          result: random() < 0.9 ? ("remembered" as const) : ("forgot" as const),
        })),
      },
    ]),
  );
  const reviews = measure(runs, () => reviewSchedules(graph, reviewInput));
  return {
    topics,
    requirements,
    build,
    states,
    tick,
    readAll,
    plan,
    fresh,
    midway,
    nextUp,
    reviews,
  };
}

// Other processes competing for the CPU inflate wall-clock medians; say how busy it was.
const loadBefore = loadavg()[0] ?? 0;
const format = (t: Timing) => `${t.median.toFixed(3)} ms (${t.runs} runs)`;
const results = SIZES.map(benchSize);

console.log("| topics | requirements | full states | incremental tick | plan to deepest |");
console.log("|---:|---:|---:|---:|---:|");
for (const r of results) {
  console.log(
    `| ${r.topics.toLocaleString("en")} | ${r.requirements.toLocaleString("en")} | ${format(r.states)} | ${format(r.tick)} | ${format(r.plan)} |`,
  );
}
console.log("");
console.log(
  `Node ${process.version}; 1-minute load average ${loadBefore.toFixed(1)} before and ${(loadavg()[0] ?? 0).toFixed(1)} after the runs.`,
);
console.log(
  `Median ms. States and ticks use a random ${DONE_SHARE * 100}% done set; the plan starts from no progress (the largest plan).`,
);
for (const r of results) {
  console.log(
    `- ${r.topics.toLocaleString("en")} topics: index built in ${r.build.toFixed(1)} ms; full states read in full ${r.readAll.median.toFixed(3)} ms; ` +
      `plan of ${r.fresh.topics.length} topics / ${r.fresh.hours} h (${r.fresh.costModel} anyOf costs); ` +
      `from the ${DONE_SHARE * 100}% done set ${r.midway.topics.length} topics (${r.midway.costModel}); ` +
      `Next up in two groups ${r.nextUp.median.toFixed(3)} ms; review schedules of the done set (3 reviews each) ${r.reviews.median.toFixed(3)} ms.`,
  );
}

const last = results.at(-1);
const missed: string[] = [];
if (last) {
  if (last.states.median >= TARGETS_AT_10K.states)
    missed.push(`full states ${last.states.median.toFixed(3)} ms >= ${TARGETS_AT_10K.states} ms`);
  if (last.tick.median >= TARGETS_AT_10K.tick)
    missed.push(`incremental tick ${last.tick.median.toFixed(3)} ms >= ${TARGETS_AT_10K.tick} ms`);
  if (last.plan.median >= TARGETS_AT_10K.plan)
    missed.push(`plan ${last.plan.median.toFixed(3)} ms >= ${TARGETS_AT_10K.plan} ms`);
}
if (missed.length > 0) {
  console.error(`\nTargets missed at 10,000 topics: ${missed.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log(
    `\nAll targets met at 10,000 topics (full states < ${TARGETS_AT_10K.states} ms, tick < ${TARGETS_AT_10K.tick} ms, plan < ${TARGETS_AT_10K.plan} ms).`,
  );
}
