import { describe, expect, it } from "vitest";
import { skillsBySubject } from "@/lib/learning/curriculum/graph";
import { GENERATORS, type GeneratedItem } from "@/lib/learning/items/generators";
import type { AnswerSpec } from "@/lib/learning/types";

/**
 * Independent answer checks. Each generator records the numbers it drew in `params`; the
 * checkers below recompute the answer from those numbers with their own arithmetic (and their
 * own tables of facts), never by calling generator code.
 */

type Params = GeneratedItem["params"];
type Expected =
  | { number: number }
  | { fraction: [number, number] }
  | { choice: string }
  | { text: string }
  | { solves: (x: number) => boolean };

const SEEDS = 200;

const n = (p: Params, key: string): number => {
  const v = p[key];
  if (typeof v !== "number") throw new Error(`param ${key} is not a number`);
  return v;
};
const s = (p: Params, key: string): string => {
  const v = p[key];
  if (typeof v !== "string") throw new Error(`param ${key} is not a string`);
  return v;
};
const list = (p: Params, key: string): number[] => s(p, key).split(",").map(Number);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const sign = (d: number) => (d < 0 ? "<" : d > 0 ? ">" : "=");
const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const isPrime = (k: number) =>
  k > 1 && [...Array(Math.floor(Math.sqrt(k)) + 1).keys()].slice(2).every((d) => k % d !== 0);
const clock = (h: number, m: number) => `${h}:${String(m).padStart(2, "0")}`;
const apply = (a: number, op: string, b: number) =>
  op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;

/** A small recursive-descent evaluator: + - * / ^, parentheses, unary minus and variables. */
function evaluate(expr: string, vars: Record<string, number> = {}): number {
  const tokens = expr.match(/\d+(?:\.\d+)?|[a-z]+|[-+*/^()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];
  const primary = (): number => {
    const t = take();
    if (t === "(") {
      const v = additive();
      if (take() !== ")") throw new Error(`unbalanced: ${expr}`);
      return v;
    }
    if (t !== undefined && /^\d/.test(t)) return Number(t);
    if (t !== undefined && t in vars) return vars[t] as number;
    throw new Error(`cannot read ${t} in ${expr}`);
  };
  const unary = (): number => {
    if (peek() === "-") {
      take();
      return -unary();
    }
    const base = primary();
    if (peek() === "^") {
      take();
      return base ** unary();
    }
    return base;
  };
  const multiplicative = (): number => {
    let v = unary();
    while (peek() === "*" || peek() === "/") v = apply(v, take() as string, unary());
    return v;
  };
  const additive = (): number => {
    let v = multiplicative();
    while (peek() === "+" || peek() === "-") v = apply(v, take() as string, multiplicative());
    return v;
  };
  const value = additive();
  if (i !== tokens.length) throw new Error(`trailing input in ${expr}`);
  return value;
}

const sequence = (p: Params): Expected => ({ number: n(p, "start") + n(p, "step") * n(p, "gap") });
const arithmetic = (p: Params): Expected => ({ number: apply(n(p, "a"), s(p, "op"), n(p, "b")) });
const product = (p: Params): Expected => ({ number: n(p, "a") * n(p, "b") });
const compareAB = (p: Params): Expected => ({ choice: sign(n(p, "a") - n(p, "b")) });
const compareFractions = (p: Params): Expected => ({
  choice: sign(n(p, "an") * n(p, "bd") - n(p, "bn") * n(p, "ad")),
});
const digitValue = (p: Params): Expected => ({
  number: (Math.floor(n(p, "n") / n(p, "place")) % 10) * n(p, "place"),
});
const rounding = (p: Params): Expected => ({ number: Math.floor(n(p, "n") / n(p, "to") + 0.5) * n(p, "to") });
const equivalent = (p: Params): Expected => {
  const [num, den, k] = [n(p, "n"), n(p, "d"), n(p, "k")];
  return {
    number:
      { "big-num": num * k, "big-den": den * k, "small-num": num, "small-den": den }[s(p, "missing")] ?? NaN,
  };
};
const unlike = (p: Params): Expected => {
  const [a, b, c, d] = [n(p, "a"), n(p, "b"), n(p, "c"), n(p, "d")];
  return { fraction: [apply(a * d, s(p, "op"), c * b), b * d] };
};
const dataQuestion = (values: number[], p: Params): Expected => {
  const [vi, vj] = [values[n(p, "i")] ?? NaN, values[n(p, "j")] ?? NaN];
  return { number: { total: sum(values), more: vi - vj, pair: vi + vj, value: vi }[s(p, "form")] ?? NaN };
};
const decimal = (p: Params): Expected => ({
  number: (n(p, "a") / 10 ** n(p, "ap")) * (n(p, "b") / 10 ** n(p, "bp")),
});

// Facts the checkers know on their own.
const SIDES: Record<string, number> = {
  triangle: 3,
  square: 4,
  rectangle: 4,
  pentagon: 5,
  hexagon: 6,
  octagon: 8,
};
const CUBE: Record<string, number> = { faces: 6, edges: 12, vertices: 8 };
const FACTOR: Record<string, number> = {
  "kilometers>meters": 1000,
  "meters>centimeters": 100,
  "centimeters>millimeters": 10,
  "kilograms>grams": 1000,
  "liters>milliliters": 1000,
  "feet>inches": 12,
  "yards>feet": 3,
  "pounds>ounces": 16,
  "hours>minutes": 60,
  "minutes>seconds": 60,
  "days>hours": 24,
  "weeks>days": 7,
};
const METRIC_BASE: Record<string, number> = {
  millimeters: 1,
  centimeters: 10,
  meters: 1000,
  kilometers: 1_000_000,
  grams: 1,
  kilograms: 1000,
  milliliters: 1,
  liters: 1000,
};
const SYMMETRY_LINES: Record<string, number> = {
  square: 4,
  "rectangle that is not a square": 2,
  "equilateral triangle": 3,
  "isosceles triangle that is not equilateral": 1,
  "scalene triangle (no equal sides)": 0,
  "regular pentagon": 5,
  "regular hexagon": 6,
  "regular octagon, like a stop sign": 8,
  "rhombus that is not a square": 2,
  "parallelogram with no right angles and unequal sides": 0,
  "heart shape": 1,
};
// What every member of each family must have; "every A is a B" iff B's list is within A's.
const MUST_HAVE: Record<string, string[]> = {
  quadrilateral: ["4 sides"],
  parallelogram: ["4 sides", "2 pairs of parallel sides"],
  rectangle: ["4 sides", "2 pairs of parallel sides", "4 right angles"],
  rhombus: ["4 sides", "2 pairs of parallel sides", "4 equal sides"],
  square: ["4 sides", "2 pairs of parallel sides", "4 right angles", "4 equal sides"],
  triangle: ["3 sides"],
  "isosceles triangle": ["3 sides", "at least 2 equal sides"],
  "equilateral triangle": ["3 sides", "at least 2 equal sides", "3 equal sides"],
  "right triangle": ["3 sides", "a right angle"],
};

const CHECKERS: Record<string, (p: Params, item: GeneratedItem) => Expected> = {
  // Counting and patterns
  "math.k.cc.count-by-tens": sequence,
  "math.k.cc.count-forward": sequence,
  "math.1.nbt.count-to-120": sequence,
  "math.2.nbt.skip-count": sequence,
  "math.3.oa.patterns": sequence,
  "math.k.cc.count-objects": (p, item) => {
    // The picture itself must hold n shapes.
    const picture = item.prompt.split("\n\n")[1] ?? "";
    const drawn = [...picture].filter((c) => c.trim() !== "").length;
    return { number: drawn === n(p, "n") ? drawn : NaN };
  },
  "math.k.cc.compare-numbers": (p) => ({
    choice: (s(p, "ask") === "greater") === n(p, "a") > n(p, "b") ? s(p, "labelA") : s(p, "labelB"),
  }),

  // Place value
  "math.k.nbt.teen-numbers": (p) => ({ number: s(p, "ask") === "ones" ? n(p, "ones") : 10 + n(p, "ones") }),
  "math.1.nbt.tens-and-ones": (p) => ({
    number:
      { tens: n(p, "tens"), ones: n(p, "ones"), number: 10 * n(p, "tens") + n(p, "ones") }[s(p, "ask")] ??
      NaN,
  }),
  "math.1.nbt.compare-two-digit": compareAB,
  "math.2.nbt.compare-three-digit": compareAB,
  "math.1.nbt.ten-more-ten-less": (p) => ({ number: n(p, "n") + n(p, "delta") }),
  "math.2.nbt.mental-ten-hundred": (p) => ({ number: n(p, "n") + n(p, "delta") }),
  "math.2.nbt.place-value-hundreds": digitValue,
  "math.4.nbt.place-value": digitValue,
  "math.2.nbt.expanded-form": (p) => {
    const [h, t, o] = [n(p, "h"), n(p, "t"), n(p, "o")];
    return {
      number: { number: 100 * h + 10 * t + o, hundreds: 100 * h, tens: 10 * t, ones: o }[s(p, "ask")] ?? NaN,
    };
  },
  "math.3.nbt.rounding": rounding,
  "math.4.nbt.rounding": rounding,

  // Adding and subtracting
  "math.k.oa.add-within-10": arithmetic,
  "math.k.oa.subtract-within-10": arithmetic,
  "math.1.oa.add-within-20": arithmetic,
  "math.1.oa.subtract-within-20": arithmetic,
  "math.1.nbt.add-within-100": arithmetic,
  "math.2.nbt.add-within-100": arithmetic,
  "math.2.nbt.subtract-within-100": arithmetic,
  "math.2.nbt.add-subtract-within-1000": arithmetic,
  "math.3.nbt.add-subtract-within-1000": arithmetic,
  "math.4.nbt.add-subtract": arithmetic,
  "math.2.md.length-problems": arithmetic,
  "math.k.oa.decompose-numbers": (p) => ({ number: n(p, "total") - n(p, "part") }),
  "math.k.oa.make-ten": (p) => ({ number: n(p, "total") - n(p, "part") }),
  "math.1.oa.add-three-numbers": (p) => ({ number: n(p, "a") + n(p, "b") + n(p, "c") }),
  "math.1.oa.missing-addend": (p) => ({ number: n(p, "total") - n(p, "a") }),
  "math.1.oa.word-problems": (p) => {
    const [a, b] = [n(p, "a"), n(p, "b")];
    return {
      number:
        {
          "add-result": a + b,
          "add-change": b - a,
          "add-start": b - a,
          "take-result": a - b,
          compare: a - b,
        }[s(p, "kind")] ?? NaN,
    };
  },
  "math.2.oa.two-step-problems": (p) => ({
    number: apply(apply(n(p, "a"), s(p, "op1"), n(p, "b")), s(p, "op2"), n(p, "c")),
  }),
  "math.2.oa.even-odd": (p) => ({ choice: n(p, "n") % 2 === 0 ? "even" : "odd" }),

  // Multiplying and dividing
  "math.2.oa.arrays": (p) => ({ number: n(p, "rows") * n(p, "cols") }),
  "math.3.oa.equal-groups": (p) => ({ number: n(p, "groups") * n(p, "size") }),
  "math.3.oa.sharing-equally": (p) => ({ number: n(p, "total") / n(p, "divisor") }),
  "math.3.oa.multiplication-facts": product,
  "math.3.oa.division-facts": (p) => ({ number: n(p, "dividend") / n(p, "divisor") }),
  "math.3.oa.unknown-factor": (p) => {
    const form = s(p, "form");
    if (form === "div-dividend") return { number: n(p, "divisor") * n(p, "quotient") };
    if (form === "div-divisor") return { number: n(p, "dividend") / n(p, "quotient") };
    return { number: n(p, "product") / n(p, "a") };
  },
  "math.3.oa.properties": (p) => {
    const [a, b, c] = [n(p, "a"), n(p, "b"), n(p, "c")];
    return { number: { comm: a, "comm-known": a * b, dist: b - c, assoc: a * b * c }[s(p, "form")] ?? NaN };
  },
  "math.3.oa.two-step-problems": (p) => {
    const [a, b, c] = [n(p, "a"), n(p, "b"), n(p, "c")];
    return {
      number:
        {
          "mul-add": a * b + c,
          "mul-sub": a * b - c,
          "div-add": a / b + c,
          "div-sub": a / b - c,
          "add-mul": (a + b) * c,
        }[s(p, "form")] ?? NaN,
    };
  },
  "math.3.nbt.multiply-by-tens": product,
  "math.4.oa.multiplicative-comparison": (p) => {
    const form = s(p, "form");
    if (form === "bigger") return { number: n(p, "small") * n(p, "k") };
    if (form === "smaller") return { number: n(p, "big") / n(p, "k") };
    return { number: n(p, "big") / n(p, "small") };
  },
  "math.4.oa.factors-multiples": (p) =>
    s(p, "form") === "prime"
      ? { choice: isPrime(n(p, "n")) ? "prime" : "composite" }
      : { choice: n(p, "n") % n(p, "f") === 0 ? "yes" : "no" },
  "math.4.oa.multi-step-problems": (p) => {
    const form = s(p, "form");
    if (form === "mul-sub-div") return { number: (n(p, "a") * n(p, "b") - n(p, "c")) / n(p, "d") };
    const [total, size] = [n(p, "n"), n(p, "c")];
    return {
      number:
        {
          "round-up": Math.ceil(total / size),
          "full-groups": Math.floor(total / size),
          "left-over": total % size,
        }[form] ?? NaN,
    };
  },
  "math.4.nbt.multiply": product,
  "math.5.nbt.multiply-whole": product,
  "math.4.nbt.divide": (p) => {
    const [d, v] = [n(p, "dividend"), n(p, "divisor")];
    return { number: s(p, "ask") === "quotient" ? Math.floor(d / v) : d % v };
  },
  "math.5.nbt.divide-two-digit": (p) => ({ number: n(p, "dividend") / n(p, "divisor") }),
  "math.5.oa.order-of-operations": (p) => ({ number: evaluate(s(p, "expr")) }),
  "math.5.oa.numerical-patterns": (p) => ({
    number: s(p, "ask") === "term" ? (n(p, "n") - 1) * n(p, "stepB") : n(p, "stepB") / n(p, "stepA"),
  }),

  // Fractions
  "math.1.g.halves-and-fourths": (p) => {
    const form = s(p, "form");
    if (form === "count") return { number: n(p, "parts") };
    if (form === "name") return { choice: n(p, "parts") === 2 ? "a half" : "a fourth" };
    return { choice: s(p, "ask") === "bigger" ? "a half" : "a fourth" };
  },
  "math.3.nf.unit-fractions": (p, item) => {
    const [num, den] = [n(p, "n"), n(p, "d")];
    // When a bar is drawn, it must show num shaded parts out of den.
    const bar = item.prompt.match(/[■□]+/)?.[0];
    if (bar && ([...bar].filter((c) => c === "■").length !== num || [...bar].length !== den))
      return { number: NaN };
    return { fraction: s(p, "ask") === "shaded" ? [num, den] : [den - num, den] };
  },
  "math.3.nf.number-line": (p) => ({ fraction: [n(p, "k"), n(p, "d")] }),
  "math.3.nf.equivalent-fractions": equivalent,
  "math.4.nf.equivalent-fractions": equivalent,
  "math.3.nf.whole-numbers-as-fractions": (p) => ({
    number: s(p, "form") === "to-whole" ? n(p, "w") : n(p, "w") * n(p, "d"),
  }),
  "math.3.nf.compare-fractions": compareFractions,
  "math.4.nf.compare-fractions": compareFractions,
  "math.4.nf.add-subtract-like": (p) => ({ fraction: [apply(n(p, "a"), s(p, "op"), n(p, "b")), n(p, "d")] }),
  "math.4.nf.mixed-numbers": (p) => {
    const d = n(p, "d");
    const first = n(p, "w1") * d + n(p, "n1");
    if (s(p, "form") === "to-improper") return { fraction: [first, d] };
    const second = n(p, "w2") * d + n(p, "n2");
    return { fraction: [s(p, "form") === "add" ? first + second : first - second, d] };
  },
  "math.4.nf.multiply-by-whole": (p) => ({ fraction: [n(p, "w") * n(p, "a"), n(p, "b")] }),
  "math.4.nf.tenths-hundredths": (p) => ({
    number: s(p, "form") === "convert" ? 10 * n(p, "a") : 10 * n(p, "a") + n(p, "b"),
  }),
  "math.5.nf.add-subtract-unlike": unlike,
  "math.5.nf.fraction-word-problems": unlike,
  "math.5.nf.fractions-as-division": (p) => ({ fraction: [n(p, "a"), n(p, "b")] }),
  "math.5.nf.multiply-fractions": (p) =>
    s(p, "form") === "of-whole"
      ? { number: (n(p, "w") / n(p, "b")) * n(p, "a") }
      : { fraction: [n(p, "a") * n(p, "c"), n(p, "b") * n(p, "d")] },
  "math.5.nf.divide-unit-fractions": (p) =>
    s(p, "form") === "unit-by-whole"
      ? { fraction: [1, n(p, "b") * n(p, "w")] }
      : { number: n(p, "w") * n(p, "b") },
  "math.6.ns.divide-fractions": (p) => ({ fraction: [n(p, "a") * n(p, "d"), n(p, "b") * n(p, "c")] }),

  // Decimals
  "math.4.nf.decimal-notation": (p) =>
    s(p, "form") === "to-decimal"
      ? { number: n(p, "n") / n(p, "den") }
      : { fraction: [n(p, "n"), n(p, "den")] },
  "math.4.nf.compare-decimals": compareAB,
  "math.5.nbt.compare-decimals": compareAB,
  "math.5.nbt.powers-of-ten": (p) => {
    const start = n(p, "mant") / 10 ** n(p, "places");
    return { number: s(p, "op") === "*" ? start * 10 ** n(p, "power") : start / 10 ** n(p, "power") };
  },
  "math.5.nbt.round-decimals": (p) => {
    const to = n(p, "to");
    return { number: Math.floor(n(p, "scaled") / 10 ** (3 - to) + 0.5) / 10 ** to };
  },
  "math.5.nbt.add-subtract-decimals": (p) => ({
    number: apply(n(p, "a"), s(p, "op"), n(p, "b")) / n(p, "scale"),
  }),
  "math.5.nbt.multiply-decimals": decimal,
  "math.5.nbt.divide-decimals": (p) => ({
    number: n(p, "a") / 10 ** n(p, "ap") / (n(p, "b") / 10 ** n(p, "bp")),
  }),

  // Measurement
  "math.1.md.order-lengths": (p) => {
    const ask = s(p, "ask");
    if (s(p, "form") === "order") return { choice: ask === "longest" ? s(p, "longest") : s(p, "shortest") };
    const entries = ["A", "B", "C"].map((k) => [s(p, `name${k}`), n(p, `len${k}`)] as const);
    const sorted = [...entries].sort((x, y) => x[1] - y[1]);
    return { choice: (ask === "longest" ? sorted.at(-1) : sorted[0])?.[0] ?? "" };
  },
  "math.1.md.tell-time-hour": (p) =>
    s(p, "form") === "hand"
      ? { number: n(p, "minute") === 0 ? 12 : 6 }
      : { choice: clock(n(p, "hour"), n(p, "minute")) },
  "math.2.md.time-five-minutes": (p) =>
    s(p, "form") === "minutes" ? { number: n(p, "minute") } : { choice: clock(n(p, "hour"), n(p, "minute")) },
  "math.3.md.elapsed-time": (p) => {
    if (s(p, "form") === "duration") return { number: n(p, "duration") };
    const total = n(p, "startH") * 60 + n(p, "startM") + n(p, "duration");
    const hour = Math.floor(total / 60);
    return { choice: clock(((hour - 1) % 12) + 1, total % 60) };
  },
  "math.2.md.money": (p) => {
    const coins = 25 * n(p, "q") + 10 * n(p, "d") + 5 * n(p, "n") + n(p, "p");
    return { number: s(p, "form") === "to-dollar" ? 100 - coins : coins + 100 * n(p, "bills") };
  },
  "math.3.md.mass-and-volume": arithmetic,
  "math.4.md.unit-conversion": (p) => ({
    number: n(p, "amount") * (FACTOR[`${s(p, "from")}>${s(p, "to")}`] ?? NaN) + n(p, "extra"),
  }),
  "math.5.md.convert-units": (p) => ({
    number: (n(p, "amount") * (METRIC_BASE[s(p, "from")] ?? NaN)) / (METRIC_BASE[s(p, "to")] ?? NaN),
  }),
  "math.3.md.area": (p) => ({ number: n(p, "l") * n(p, "w") + n(p, "l2") * n(p, "w2") }),
  "math.3.md.perimeter": (p) =>
    s(p, "form") === "missing"
      ? { number: n(p, "perimeter") - sum(list(p, "sides")) }
      : { number: sum(list(p, "sides")) },
  "math.4.md.area-perimeter-problems": (p) => {
    const form = s(p, "form");
    if (form === "square-area") return { number: (n(p, "perimeter") / 4) ** 2 };
    return {
      number: form === "area-side" ? n(p, "total") / n(p, "known") : n(p, "total") / 2 - n(p, "known"),
    };
  },
  "math.4.md.angle-addition": (p) =>
    s(p, "form") === "sum" ? { number: n(p, "a") + n(p, "b") } : { number: n(p, "total") - n(p, "part") },
  "math.5.md.volume": (p) => ({
    number: n(p, "l") * n(p, "w") * n(p, "h") + n(p, "l2") * n(p, "w2") * n(p, "h2"),
  }),

  // Geometry
  "math.k.g.name-shapes": (p) => ({ choice: s(p, "shape") }),
  "math.2.g.shape-attributes": (p) => {
    const form = s(p, "form");
    if (form === "cube") return { number: CUBE[s(p, "ask")] ?? NaN };
    if (form === "total") {
      return {
        number:
          n(p, "countA") * (SIDES[s(p, "shapeA")] ?? NaN) + n(p, "countB") * (SIDES[s(p, "shapeB")] ?? NaN),
      };
    }
    return { number: SIDES[s(p, "shape")] ?? NaN };
  },
  "math.3.g.quadrilaterals": (p) => {
    if (n(p, "parallelPairs") === 1) return { choice: "trapezoid" };
    const right = s(p, "rightAngles") === "yes";
    const equal = s(p, "equalSides") === "yes";
    return { choice: right && equal ? "square" : right ? "rectangle" : equal ? "rhombus" : "parallelogram" };
  },
  "math.4.g.angle-types": (p) => {
    const deg = n(p, "deg");
    return { choice: deg < 90 ? "acute" : deg === 90 ? "right" : deg < 180 ? "obtuse" : "straight" };
  },
  "math.4.g.symmetry": (p) => ({ number: SYMMETRY_LINES[s(p, "shape")] ?? NaN }),
  "math.5.g.coordinate-plane": (p) => {
    const form = s(p, "form");
    if (form === "read") return { text: `(${n(p, "x")}, ${n(p, "y")})` };
    if (form === "move") return { text: `(${n(p, "x") + n(p, "dx")}, ${n(p, "y") + n(p, "dy")})` };
    return { number: Math.abs(n(p, "x2") - n(p, "x1")) + Math.abs(n(p, "y2") - n(p, "y1")) };
  },
  "math.5.g.classify-shapes": (p) => {
    if (s(p, "form") === "has")
      return { choice: (MUST_HAVE[s(p, "shape")] ?? []).includes(s(p, "property")) ? "yes" : "no" };
    const a = MUST_HAVE[s(p, "a")] ?? [];
    const b = MUST_HAVE[s(p, "b")] ?? ["?"];
    return { choice: b.every((x) => a.includes(x)) ? "yes" : "no" };
  },

  // Data
  "math.1.md.organize-data": (p) => dataQuestion(list(p, "values"), p),
  "math.2.md.bar-graphs": (p, item) => {
    // The bars drawn must match the data.
    const bars = item.prompt
      .split("\n")
      .filter((line) => line.includes("│"))
      .map((line) => [...line].filter((c) => c === "▇").length);
    return bars.join(",") === s(p, "values") ? dataQuestion(list(p, "values"), p) : { number: NaN };
  },
  "math.3.md.scaled-graphs": (p) =>
    dataQuestion(
      list(p, "symbols").map((k) => k * n(p, "scale")),
      p,
    ),
  "math.4.md.line-plots": (p) => {
    const values = list(p, "values");
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    const target = n(p, "target");
    const at = values.filter((v) => v === target).length;
    const top = { range: hi - lo, "total-at": at * target, combined: hi + lo }[s(p, "form")] ?? NaN;
    return { fraction: [top, n(p, "den")] };
  },
  "math.6.sp.mean-median": (p) => {
    const values = list(p, "values");
    if (s(p, "ask") === "mean") return { number: sum(values) / values.length };
    const sorted = [...values].sort((x, y) => x - y);
    return { number: sorted[(sorted.length - 1) / 2] ?? NaN };
  },

  // Grades 6–8
  "math.6.rp.equivalent-ratios": (p) => ({
    number: (s(p, "missing") === "second" ? n(p, "b") : n(p, "a")) * n(p, "k"),
  }),
  "math.6.rp.unit-rates": (p) => {
    const rate = n(p, "total") / n(p, "count");
    return { number: s(p, "form") === "unit" ? rate : rate * n(p, "newCount") };
  },
  "math.6.rp.percents": (p) => {
    const form = s(p, "form");
    if (form === "of") return { number: (n(p, "p") / 100) * n(p, "w") };
    if (form === "what-percent") return { number: (n(p, "part") / n(p, "w")) * 100 };
    return { number: (n(p, "part") / n(p, "p")) * 100 };
  },
  "math.6.ns.gcf-lcm": (p) => {
    const [a, b] = [n(p, "a"), n(p, "b")];
    return { number: s(p, "form") === "gcf" ? gcd(a, b) : (a * b) / gcd(a, b) };
  },
  "math.6.ns.integers": (p) => {
    const a = n(p, "a");
    const form = s(p, "form");
    if (form === "abs") return { number: Math.abs(a) };
    if (form === "opposite") return { number: -a };
    if (form === "compare") return { choice: sign(a - n(p, "b")) };
    return { number: Math.abs(a - n(p, "b")) };
  },
  "math.6.ee.exponents": (p) => ({ number: evaluate(s(p, "expr")) }),
  "math.6.ee.evaluate-expressions": (p) => ({ number: evaluate(s(p, "expr"), { x: n(p, "x") }) }),
  "math.6.ee.one-step-equations": (p) => ({
    solves: (x) => Math.abs(evaluate(s(p, "lhs"), { x }) - n(p, "rhs")) < 1e-9,
  }),
  "math.7.ee.two-step-equations": (p) => ({
    solves: (x) => Math.abs(evaluate(s(p, "lhs"), { x }) - n(p, "rhs")) < 1e-9,
  }),
  "math.8.ee.linear-equations": (p) => ({
    solves: (x) => Math.abs(evaluate(s(p, "lhs"), { x }) - evaluate(s(p, "rhs"), { x })) < 1e-9,
  }),
  "math.6.g.area-triangles": (p) => ({ number: (n(p, "base") * n(p, "height")) / 2 }),
  "math.7.ns.add-subtract-integers": (p) => ({ number: evaluate(s(p, "expr")) }),
  "math.7.ns.multiply-divide-integers": (p) => ({ number: evaluate(s(p, "expr")) }),
  "math.7.rp.percent-problems": (p) => {
    const change = (n(p, "price") * n(p, "rate")) / 100;
    return { number: s(p, "form") === "discount" ? n(p, "price") - change : n(p, "price") + change };
  },
  "math.7.g.circles": (p) => {
    const r = s(p, "given") === "radius" ? n(p, "size") : n(p, "size") / 2;
    return { number: s(p, "form") === "area" ? 3.14 * r * r : 2 * 3.14 * r };
  },
  "math.8.ee.square-roots": (p) => ({
    number:
      s(p, "form") === "cbrt"
        ? Math.round(Math.cbrt(n(p, "radicand")) * 1e9) / 1e9
        : Math.sqrt(n(p, "radicand")),
  }),
  "math.8.f.slope": (p) => {
    const [dy, dx] = [n(p, "y2") - n(p, "y1"), n(p, "x2") - n(p, "x1")];
    return Number.isInteger(dy / dx) ? { number: dy / dx } : { fraction: [dy, dx] };
  },
  "math.8.g.pythagorean-theorem": (p) =>
    s(p, "missing") === "c"
      ? { number: Math.hypot(n(p, "a"), n(p, "b")) }
      : { number: Math.sqrt(n(p, "c") ** 2 - n(p, "a") ** 2) },
};

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Returns why the answer disagrees with the expectation, or null when it agrees. */
function disagreement(answer: AnswerSpec, expected: Expected): string | null {
  if ("solves" in expected) {
    if (answer.kind !== "number") return `expected a number, got ${answer.kind}`;
    return expected.solves(answer.value) ? null : `${answer.value} does not solve the equation`;
  }
  if ("number" in expected) {
    if (answer.kind !== "number") return `expected a number, got ${answer.kind}`;
    return close(answer.value, expected.number) ? null : `answer ${answer.value}, checker ${expected.number}`;
  }
  if ("fraction" in expected) {
    if (answer.kind !== "fraction") return `expected a fraction, got ${answer.kind}`;
    const [en, ed] = expected.fraction;
    return answer.numerator * ed === en * answer.denominator
      ? null
      : `answer ${answer.numerator}/${answer.denominator}, checker ${en}/${ed}`;
  }
  if ("choice" in expected) {
    if (answer.kind !== "choice") return `expected a choice, got ${answer.kind}`;
    return answer.choices[answer.correctIndex] === expected.choice
      ? null
      : `answer "${answer.choices[answer.correctIndex]}", checker "${expected.choice}"`;
  }
  if (answer.kind !== "text") return `expected text, got ${answer.kind}`;
  return answer.accepted.includes(expected.text)
    ? null
    : `accepted ${answer.accepted.join(" | ")}, checker ${expected.text}`;
}

describe("generated answers, recomputed independently", () => {
  it("has a checker for every math skill", () => {
    const missing = skillsBySubject("math")
      .map((skill) => skill.id)
      .filter((id) => !(id in CHECKERS));
    expect(missing).toEqual([]);
  });

  it.each([...GENERATORS.keys()])("%s", (skillId) => {
    const generate = GENERATORS.get(skillId);
    const check = CHECKERS[skillId];
    expect(generate && check).toBeTruthy();
    if (!generate || !check) return;
    const wrong: string[] = [];
    for (let seed = 0; seed < SEEDS; seed++) {
      const item = generate(seed);
      const problem = disagreement(item.answer, check(item.params, item));
      if (problem) wrong.push(`seed ${seed}: ${problem} — ${item.prompt}`);
    }
    expect(wrong).toEqual([]);
  });

  it("evaluates expressions the way a person would", () => {
    expect(evaluate("2 + 3 * 4")).toBe(14);
    expect(evaluate("(2 + 3) * 4")).toBe(20);
    expect(evaluate("-3^2")).toBe(-9);
    expect(evaluate("(-4) - (-9)")).toBe(5);
    expect(evaluate("3 * x + (-5)", { x: 7 })).toBe(16);
    expect(evaluate("((2 + 4) * 3) - 5")).toBe(13);
  });
});
