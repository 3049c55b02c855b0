import type { Rng } from "../random";
import {
  defineGenerator,
  fractionAnswer,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { frac, gcd, m } from "./format";

interface DataSet {
  intro: string;
  unit: string;
  categories: string[];
}

const DATA_SETS: DataSet[] = [
  {
    intro: "Children voted for their favorite fruit",
    unit: "children",
    categories: ["apples", "bananas", "grapes", "oranges"],
  },
  {
    intro: "Families in a neighborhood told us their pets",
    unit: "families",
    categories: ["dogs", "cats", "fish", "birds"],
  },
  {
    intro: "A class kept track of the weather for a month",
    unit: "days",
    categories: ["sunny", "cloudy", "rainy", "windy"],
  },
  {
    intro: "Friends picked their favorite color",
    unit: "friends",
    categories: ["red", "blue", "green", "yellow"],
  },
  {
    intro: "A family counted birds at their feeder",
    unit: "birds",
    categories: ["robins", "sparrows", "finches", "jays"],
  },
  {
    intro: "A library counted the books borrowed each day",
    unit: "books",
    categories: ["Monday", "Tuesday", "Wednesday", "Thursday"],
  },
];

type Ask = "total" | "more" | "pair";

interface DataQuestion {
  values: number[];
  names: string[];
  form: Ask;
  i: number;
  j: number;
}

function pickQuestion(rng: Rng, count: number, lo: number, hi: number, set: DataSet): DataQuestion {
  const values = Array.from({ length: count }, () => rng.int(lo, hi));
  const form = rng.pick<Ask>(["total", "more", "more", "pair"]);
  let [i, j] = rng.shuffle([...Array(count).keys()]) as [number, number];
  if (form === "more") {
    if (values[i] === values[j]) values[i] = (values[j] ?? lo) + rng.int(1, 3);
    if ((values[i] ?? 0) < (values[j] ?? 0)) [i, j] = [j, i];
  }
  return { values, names: set.categories.slice(0, count), form, i, j };
}

function questionText(q: DataQuestion, set: DataSet): string {
  const [a, b] = [q.names[q.i], q.names[q.j]];
  const label = (name: string | undefined) =>
    set.unit === "books" || set.unit === "days" ? `on ${name}` : `for ${name}`;
  if (set.unit === "days") {
    return {
      total: "How many days were recorded in all?",
      more: `How many more days were ${a} than ${b}?`,
      pair: `How many days were ${a} or ${b}?`,
    }[q.form];
  }
  return {
    total: `How many ${set.unit} are counted in all?`,
    more: `How many more ${set.unit} are counted ${label(a)} than ${label(b)}?`,
    pair: `How many ${set.unit} are counted ${label(a)} and ${label(b)} together?`,
  }[q.form];
}

function dataDraft(q: DataQuestion, table: string, set: DataSet, prompt: string): ItemDraft {
  const [vi, vj] = [q.values[q.i] ?? 0, q.values[q.j] ?? 0];
  const [a, b] = [q.names[q.i], q.names[q.j]];
  const total = q.values.reduce((s, v) => s + v, 0);
  const answer = q.form === "total" ? total : q.form === "more" ? vi - vj : vi + vj;
  const sentence =
    q.form === "total" ? q.values.join(" + ") : q.form === "more" ? `${vi} - ${vj}` : `${vi} + ${vj}`;
  return {
    prompt: `${prompt}\n\n${table}\n\n${questionText(q, set)}`,
    answer: numberAnswer(answer),
    solution: [
      q.form === "total"
        ? `Read every group: ${q.values.join(", ")}.`
        : `Read the two groups: ${a} is ${vi} and ${b} is ${vj}.`,
      `${m(`${sentence} = ${answer}`)}.`,
    ],
    hints: [
      q.form === "more"
        ? "“How many more” compares two groups: find the difference."
        : "“In all” and “together” mean add.",
      q.form === "total"
        ? "Read the number for every group, then add them all."
        : `Find the numbers for ${a} and ${b}.`,
      "For example, if 6 chose red and 2 chose blue, then 6 − 2 = 4 more chose red, and 6 + 2 = 8 chose red or blue.",
      `Work out ${m(sentence)}.`,
    ],
    params: { form: q.form, values: q.values.join(","), i: q.i, j: q.j },
  };
}

const organizeData = defineGenerator("math.1.md.organize-data", (rng) => {
  const set = rng.pick(DATA_SETS);
  const q = pickQuestion(rng, 3, 1, 9, set);
  const table = q.names.map((n, k) => `• ${n}: ${q.values[k]}`).join("\n");
  return dataDraft(q, table, set, `${set.intro}.`);
});

const barGraphs = defineGenerator("math.2.md.bar-graphs", (rng) => {
  const set = rng.pick(DATA_SETS);
  const q = pickQuestion(rng, 4, 2, 15, set);
  const width = Math.max(...q.names.map((n) => n.length));
  const table = q.names.map((n, k) => `${n.padEnd(width)} │${"▇".repeat(q.values[k] ?? 0)}`).join("\n");
  return dataDraft(q, table, set, `${set.intro}. The bar graph shows the results; each ▇ stands for 1.`);
});

const SYMBOLS = ["★", "●", "♥", "◆"];

const scaledGraphs = defineGenerator("math.3.md.scaled-graphs", (rng) => {
  const set = rng.pick(DATA_SETS);
  const scale = rng.pick([2, 5, 10]);
  const symbol = rng.pick(SYMBOLS);
  const symbols = Array.from({ length: 4 }, () => rng.int(1, 8));
  const form = rng.pick(["value", "more", "total"] as const);
  let [i, j] = rng.shuffle([0, 1, 2, 3]) as [number, number];
  if (form === "more" && symbols[i] === symbols[j]) symbols[i] = (symbols[j] ?? 1) + 1;
  if (form === "more" && (symbols[i] ?? 0) < (symbols[j] ?? 0)) [i, j] = [j, i];
  const names = set.categories;
  const values = symbols.map((s) => s * scale);
  const width = Math.max(...names.map((n) => n.length));
  const table = names.map((n, k) => `${n.padEnd(width)} │ ${symbol.repeat(symbols[k] ?? 0)}`).join("\n");
  const [a, b] = [names[i], names[j]];
  const [vi, vj] = [values[i] ?? 0, values[j] ?? 0];
  const total = values.reduce((s, v) => s + v, 0);
  const answer = form === "value" ? vi : form === "more" ? vi - vj : total;
  const question =
    form === "value"
      ? `How many ${set.unit} does the row for ${a} stand for?`
      : form === "more"
        ? `How many more ${set.unit} does the row for ${a} show than the row for ${b}?`
        : `How many ${set.unit} does the whole graph show?`;
  const si = symbols[i] ?? 0;
  const sj = symbols[j] ?? 0;
  return {
    prompt: `${set.intro}. In this picture graph, each ${symbol} stands for ${scale} ${set.unit}.\n\n${table}\n\n${question}`,
    answer: numberAnswer(answer),
    solution: [
      `Each ${symbol} is ${scale}, so multiply the number of symbols by ${scale}.`,
      form === "value"
        ? `${a}: ${m(`${si} \\times ${scale} = ${vi}`)}.`
        : form === "more"
          ? `${a}: ${m(`${si} \\times ${scale} = ${vi}`)}; ${b}: ${m(`${sj} \\times ${scale} = ${vj}`)}; difference ${m(`${vi} - ${vj} = ${answer}`)}.`
          : `There are ${symbols.reduce((s, v) => s + v, 0)} symbols in all: ${m(`${symbols.reduce((s, v) => s + v, 0)} \\times ${scale} = ${total}`)}.`,
    ],
    hints: [
      `Check the key first: one ${symbol} is not 1 here.`,
      `Count the symbols, then skip-count by ${scale}.`,
      `For example, if each symbol stands for 5 and a row has 3 symbols, the row shows ${m("3 \\times 5 = 15")}.`,
      form === "value"
        ? `The ${a} row has ${si} symbols. Skip-count by ${scale}, ${si} times.`
        : form === "more"
          ? `The ${a} row has ${si - sj} more symbols than the ${b} row. Each symbol is worth ${scale}.`
          : `There are ${symbols.reduce((s, v) => s + v, 0)} symbols in all. Each is worth ${scale}.`,
    ],
    params: { scale, symbols: symbols.join(","), form, i, j },
  };
});

const linePlots = defineGenerator("math.4.md.line-plots", (rng) => {
  const den = 8;
  const count = rng.int(6, 10);
  const values = Array.from({ length: count }, () => rng.int(1, 7)).sort((x, y) => x - y);
  const only = values[0] ?? 1;
  if (only === values.at(-1)) {
    // Keep the plot sorted while making sure a longest and a shortest exist.
    if (only < 7) values[values.length - 1] = only + 1;
    else values[0] = only - 1;
  }
  const form = rng.pick(["range", "total-at", "combined"] as const);
  // Prefer a length with several marks so "laid end to end" is a real multiplication.
  const repeated = values.filter((v) => values.indexOf(v) !== values.lastIndexOf(v));
  const target = rng.pick(repeated.length > 0 ? repeated : values);
  const max = values.at(-1) ?? 7;
  const min = values[0] ?? 1;
  const at = values.filter((v) => v === target).length;
  const thing = rng.pick(["pencils", "leaves", "pieces of ribbon", "beetles", "crayons"]);
  const plot = [...new Set(values)]
    .map((v) => `${m(frac(v, den))} in: ${"✕ ".repeat(values.filter((x) => x === v).length).trim()}`)
    .join("\n");
  const numerator = form === "range" ? max - min : form === "total-at" ? at * target : max + min;
  const question = {
    range: "What is the difference in length between the longest and the shortest?",
    "total-at": `If all the ${thing} that are ${m(frac(target, den))} inch long were laid end to end, how long would the line be, in inches?`,
    combined: "What is the total length of the longest and the shortest put together?",
  }[form];
  const sentence =
    form === "range"
      ? `${frac(max, den)} - ${frac(min, den)}`
      : form === "total-at"
        ? `${at} \\times ${frac(target, den)}`
        : `${frac(max, den)} + ${frac(min, den)}`;
  const g = gcd(numerator, den) || 1;
  return {
    prompt: `A class measured some ${thing}. Each ✕ on the line plot is one of them, measured in inches.\n\n${plot}\n\n${question}`,
    answer: fractionAnswer(numerator, den),
    solution: [
      form === "total-at"
        ? `There ${at === 1 ? "is 1 ✕ mark" : `are ${at} ✕ marks`} at ${m(frac(target, den))}.`
        : `The longest is ${m(frac(max, den))} and the shortest is ${m(frac(min, den))}.`,
      `${m(`${sentence} = ${frac(numerator, den)}`)}${g > 1 && numerator > 0 ? `, which is ${m(frac(numerator / g, den / g))}` : ""}.`,
    ],
    hints: [
      "Each ✕ is one measurement. Read the label under the marks.",
      form === "total-at"
        ? `Count the ✕ marks above ${m(frac(target, den))}.`
        : "Find the smallest and the largest measurement on the plot.",
      `For example, with marks at ${m(frac(2, 8))} and ${m(frac(7, 8))}, the difference is ${m(`${frac(7, 8)} - ${frac(2, 8)} = ${frac(5, 8)}`)}.`,
      `Work out ${m(sentence)}: the denominators are the same, so work with the numerators.`,
    ],
    params: { den, values: values.join(","), form, target },
  };
});

const meanMedian = defineGenerator("math.6.sp.mean-median", (rng) => {
  const n = rng.pick([5, 5, 7]);
  const values = Array.from({ length: n }, () => rng.int(2, 40));
  const ask = rng.pick(["mean", "median"] as const);
  if (ask === "mean") {
    const remainder = values.reduce((s, v) => s + v, 0) % n;
    const last = values[n - 1] ?? 0;
    values[n - 1] = last - remainder >= 2 ? last - remainder : last + (n - remainder);
  }
  const sum = values.reduce((s, v) => s + v, 0);
  const sorted = [...values].sort((a, b) => a - b);
  const answer = ask === "mean" ? sum / n : (sorted[(n - 1) / 2] ?? 0);
  const context = rng.pick([
    "points scored in five games",
    "minutes spent reading each day",
    "heights of seedlings in centimeters",
    "numbers of birds counted each morning",
  ]);
  return {
    prompt: rng.pick([
      `Here are some ${context.replace("five", String(n))}: ${values.join(", ")}. What is the ${ask}?`,
      `Find the ${ask} of this data set: ${m(values.join(",\\; "))}`,
    ]),
    answer: numberAnswer(answer),
    solution:
      ask === "mean"
        ? [
            `Add the values: ${m(`${values.join(" + ")} = ${sum}`)}.`,
            `Divide by how many there are: ${m(`${sum} \\div ${n} = ${answer}`)}.`,
          ]
        : [
            `Put the values in order: ${sorted.join(", ")}.`,
            `The middle value (number ${(n + 1) / 2} of ${n}) is ${answer}.`,
          ],
    hints: [
      ask === "mean"
        ? "The mean shares the total out evenly."
        : "The median is the middle value once the data are in order.",
      ask === "mean"
        ? "Add all the values, then divide by how many values there are."
        : "Sort the values from least to greatest.",
      ask === "mean"
        ? "For example, for 4, 6 and 11 the sum is 21 and 21 ÷ 3 = 7, so the mean is 7."
        : "For example, 9, 2, 5, 8, 3 in order is 2, 3, 5, 8, 9, so the median is 5.",
      ask === "mean"
        ? `The values add up to ${sum}. Divide that by ${n}.`
        : `In order: ${sorted.join(", ")}. Which value has the same number of values on each side?`,
    ],
    params: { values: values.join(","), ask },
  };
});

export const DATA_GENERATORS: GeneratorEntry[] = [
  organizeData,
  barGraphs,
  scaledGraphs,
  linePlots,
  meanMedian,
];
