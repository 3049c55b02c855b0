import type { Rng } from "../random";
import { additionStrategy, subtractionStrategy } from "./arithmetic-steps";
import {
  choiceAnswer,
  defineGenerator,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { article, capitalize, clean, m, num, tex } from "./format";
import { pickName, pickTwoNames } from "./word-contexts";

const pad = (minutes: number) => String(minutes).padStart(2, "0");
const clock = (hour: number, minute: number) => `${hour}:${pad(minute)}`;
const nextHour = (hour: number) => (hour % 12) + 1;

/** Four distinct options: the correct time and the likeliest misreadings. */
function timeChoices(rng: Rng, correct: string, distractors: string[]): string[] {
  const unique = [...new Set([correct, ...distractors])].slice(0, 4);
  return rng.shuffle(unique);
}

const OBJECTS = [
  "pencil",
  "crayon",
  "ribbon",
  "spoon",
  "stick",
  "toy snake",
  "scarf",
  "rope",
  "straw",
  "paintbrush",
  "shoelace",
];

const orderLengths = defineGenerator("math.1.md.order-lengths", (rng): ItemDraft => {
  const [x, y, z] = rng.shuffle(OBJECTS);
  const names = [x ?? "pencil", y ?? "crayon", z ?? "ribbon"];
  const ask = rng.pick(["longest", "shortest"] as const);
  if (rng.chance(0.5)) {
    const lengths = rng.shuffle([rng.int(2, 4), rng.int(5, 7), rng.int(8, 12)]);
    const [la, lb, lc] = [lengths[0] ?? 3, lengths[1] ?? 6, lengths[2] ?? 9];
    const [na, nb, nc] = names as [string, string, string];
    const correct =
      ask === "longest"
        ? la > lb && la > lc
          ? na
          : lb > lc
            ? nb
            : nc
        : la < lb && la < lc
          ? na
          : lb < lc
            ? nb
            : nc;
    return {
      prompt: rng.pick([
        `The ${na} is ${la} cubes long, the ${nb} is ${lb} cubes long and the ${nc} is ${lc} cubes long. Which is the ${ask}?`,
        `${pickName(rng)} measured with cubes: ${na} ${la}, ${nb} ${lb}, ${nc} ${lc}. Which one is the ${ask}?`,
      ]),
      answer: choiceAnswer(rng.shuffle(names), correct),
      solution: [
        `Compare the numbers of cubes: ${la}, ${lb} and ${lc}.`,
        `The ${ask} one has the ${ask === "longest" ? "most" : "fewest"} cubes: the ${correct}.`,
      ],
      hints: [
        "More cubes means longer.",
        `Find the ${ask === "longest" ? "biggest" : "smallest"} number of cubes.`,
        "For example, if a cup is 4 cubes tall and a bottle is 9 cubes tall, the bottle is taller.",
        `Which number is the ${ask === "longest" ? "greatest" : "least"}: ${la}, ${lb} or ${lc}? Match it to its object.`,
      ],
      params: { form: "cubes", ask, nameA: na, lenA: la, nameB: nb, lenB: lb, nameC: nc, lenC: lc },
    };
  }
  const [longest, middle, shortest] = names as [string, string, string];
  const facts = rng.shuffle([
    `The ${longest} is longer than the ${middle}.`,
    `The ${middle} is longer than the ${shortest}.`,
  ]);
  const correct = ask === "longest" ? longest : shortest;
  return {
    prompt: `${facts.join(" ")} Which is the ${ask}?`,
    answer: choiceAnswer(rng.shuffle(names), correct),
    solution: [
      `The ${longest} is longer than the ${middle}, and the ${middle} is longer than the ${shortest}.`,
      `So the order from longest to shortest is ${longest}, ${middle}, ${shortest}.`,
      `The ${ask} is the ${correct}.`,
    ],
    hints: [
      "Put the three things in order, one clue at a time.",
      `One object is in both clues: the ${middle}. It is in the middle.`,
      "For example, if a bus is longer than a car and a car is longer than a bike, then the bus is longest and the bike is shortest.",
      `The ${middle} is in the middle. Which object is ${ask === "longest" ? "longer" : "shorter"} than the ${middle}?`,
    ],
    params: { form: "order", ask, longest, middle, shortest },
  };
});

function describeClock(hour: number, minute: number): string {
  if (minute === 0) return `the short hand points to ${hour} and the long hand points straight up at 12`;
  const pointsAt = minute / 5;
  return `the long hand points to ${pointsAt} and the short hand is ${minute === 30 ? "halfway" : "part of the way"} between ${hour} and ${nextHour(hour)}`;
}

const tellTimeHour = defineGenerator("math.1.md.tell-time-hour", (rng): ItemDraft => {
  const hour = rng.int(1, 12);
  const minute = rng.pick([0, 30]);
  const form = rng.pick(["read", "read", "hand"] as const);
  const name = pickName(rng);
  if (form === "hand") {
    const answer = minute === 0 ? 12 : 6;
    return {
      prompt: rng.pick([
        `It is ${clock(hour, minute)}. Which number does the long hand point to?`,
        `${name} wakes up at ${clock(hour, minute)}. On the clock, where is the long (minute) hand pointing?`,
      ]),
      answer: numberAnswer(answer),
      solution: [
        minute === 0
          ? "At the start of every hour (:00) the long hand points straight up."
          : "At half past (:30) the long hand has gone halfway round.",
        `So it points to ${answer}.`,
      ],
      hints: [
        "The long hand shows the minutes; the short hand shows the hour.",
        minute === 0
          ? "“o'clock” means zero minutes past the hour."
          : "Half past means the long hand has gone half of the way around the clock.",
        "For example, at 7:00 the long hand points to the top of the clock, and at 7:30 it points to the bottom.",
        minute === 0
          ? "Is the long hand at the top or the bottom of the clock at :00?"
          : "Which number is at the very bottom of the clock?",
      ],
      params: { form, hour, minute },
    };
  }
  const correct = clock(hour, minute);
  const distractors =
    minute === 0
      ? [clock(hour, 30), clock(nextHour(hour), 0), clock(12, (hour * 5) % 60)]
      : [clock(nextHour(hour), 30), clock(hour, 0), clock(6, (hour * 5) % 60)];
  return {
    prompt: rng.pick([
      `On a clock, ${describeClock(hour, minute)}. What time is it?`,
      `${name} looks at the clock: ${describeClock(hour, minute)}. What time does it show?`,
    ]),
    answer: choiceAnswer(timeChoices(rng, correct, distractors), correct),
    solution: [
      minute === 0
        ? `The short hand points to ${hour}, so the hour is ${hour}.`
        : `The short hand has passed ${hour} but not reached ${nextHour(hour)}, so the hour is still ${hour}.`,
      minute === 0
        ? "The long hand at 12 means zero minutes: o'clock."
        : "The long hand at 6 means 30 minutes: half past.",
      `The time is ${correct}.`,
    ],
    hints: [
      "The short hand tells the hour. The long hand tells the minutes.",
      minute === 0
        ? "When the long hand points to 12, the time is something o'clock."
        : "When the long hand points to 6, it is half past the hour.",
      "For example, if the short hand is halfway between 8 and 9 and the long hand points to 6, it is 8:30.",
      minute === 0
        ? `The hour is ${hour}. What do you write for the minutes when it is o'clock?`
        : `The hour is the number the short hand has just passed. The long hand at 6 means 30 minutes.`,
    ],
    params: { form, hour, minute },
  };
});

const timeFiveMinutes = defineGenerator("math.2.md.time-five-minutes", (rng): ItemDraft => {
  const hour = rng.int(1, 12);
  const minute = 5 * rng.int(1, 11);
  const pointsAt = minute / 5;
  const form = rng.pick(["read", "minutes"] as const);
  const name = pickName(rng);
  if (form === "minutes") {
    return {
      prompt: rng.pick([
        `The long hand on a clock points to ${pointsAt}. How many minutes past the hour is it?`,
        `${name} sees the minute hand pointing at ${pointsAt}. How many minutes after the hour is that?`,
      ]),
      answer: numberAnswer(minute, "minutes"),
      solution: [
        `Each number on the clock is 5 minutes.`,
        `Count by fives ${pointsAt} times: ${m(`${pointsAt} \\times 5 = ${minute}`)}.`,
      ],
      hints: [
        "The numbers on a clock are 5 minutes apart.",
        `Count by fives from 12 until you reach ${pointsAt}.`,
        `For example, if the long hand points to ${pointsAt === 4 ? 3 : 4}, it is ${pointsAt === 4 ? 15 : 20} minutes past the hour.`,
        pointsAt === 1
          ? "The long hand has moved from 12 to the very next number. How many minutes is one number on the clock?"
          : `Count by fives, saying one number for each clock number from 1 up to ${pointsAt}.`,
      ],
      params: { form, hour, minute },
    };
  }
  const correct = clock(hour, minute);
  const distractors = [
    clock(hour, pointsAt),
    clock(nextHour(hour), minute),
    clock(hour, (minute + 5) % 60 === 0 ? 50 : (minute + 5) % 60),
  ];
  return {
    prompt: rng.pick([
      `On a clock, ${describeClock(hour, minute)}. What time is it?`,
      `${name} checks the kitchen clock: ${describeClock(hour, minute)}. What time is it?`,
    ]),
    answer: choiceAnswer(timeChoices(rng, correct, distractors), correct),
    solution: [
      `The short hand is between ${hour} and ${nextHour(hour)}, so the hour is ${hour}.`,
      `The long hand points to ${pointsAt}: ${m(`${pointsAt} \\times 5 = ${minute}`)} minutes.`,
      `The time is ${correct}.`,
    ],
    hints: [
      "The short hand gives the hour; the long hand gives the minutes.",
      "Each number the long hand points to means 5 more minutes.",
      `For example, short hand between 2 and 3, long hand on ${pointsAt === 7 ? 8 : 7}: it is ${pointsAt === 7 ? "2:40" : "2:35"}.`,
      `The hour is ${hour}. Count by fives to the number the long hand points to for the minutes.`,
    ],
    params: { form, hour, minute },
  };
});

function toClock(totalMinutes: number): string {
  const h = Math.floor(totalMinutes / 60);
  return clock(h > 12 ? h - 12 : h, totalMinutes % 60);
}

const elapsedTime = defineGenerator("math.3.md.elapsed-time", (rng): ItemDraft => {
  const form = rng.pick(["duration", "end"] as const);
  const startH = rng.int(1, 9);
  const startM = rng.int(0, 59);
  const duration = rng.int(12, 150);
  const start = startH * 60 + startM;
  const end = start + duration;
  const [name] = pickTwoNames(rng);
  const activity = rng.pick([
    "piano practice",
    "a soccer game",
    "a movie",
    "a bike ride",
    "a baking class",
    "a museum visit",
  ]);
  const Activity = `${activity.charAt(0).toUpperCase()}${activity.slice(1)}`;
  const toNext = 60 - startM;
  const nextOClock = toClock(start + toNext);
  const sameHour = duration < toNext;
  if (form === "duration") {
    return {
      prompt: rng.pick([
        `${Activity} starts at ${toClock(start)} and ends at ${toClock(end)}. How many minutes long is it?`,
        `${name} started reading at ${toClock(start)} and stopped at ${toClock(end)}. How many minutes did ${name} read?`,
      ]),
      answer: numberAnswer(duration, "minutes"),
      solution: sameHour
        ? [`Both times are in the same hour.`, `${m(`${end % 60} - ${startM} = ${duration}`)} minutes.`]
        : [
            `From ${toClock(start)} to ${nextOClock} is ${toNext} minutes.`,
            `From ${nextOClock} to ${toClock(end)} is ${duration - toNext} minutes.`,
            `Altogether: ${m(`${toNext} + ${duration - toNext} = ${duration}`)} minutes.`,
          ],
      hints: [
        "Jump from the start time to the next o'clock, then on to the end time.",
        sameHour
          ? "Both times are in the same hour, so compare the minutes."
          : `From ${toClock(start)}, how many minutes until ${nextOClock}?`,
        "For example, 2:40 to 4:15: 20 minutes to 3:00, 60 minutes to 4:00 and 15 more minutes, so 95 minutes.",
        sameHour
          ? `Count on from ${startM} minutes past to ${end % 60} minutes past.`
          : `Count the jump from ${toClock(start)} up to ${nextOClock}, then the jump on to ${toClock(end)}. Add the jumps.`,
      ],
      params: { form, startH, startM, duration },
    };
  }
  const correct = toClock(end);
  const forgotHour = toClock(startH * 60 + ((startM + duration) % 60));
  const distractors = [forgotHour, toClock(end + 10), toClock(end - 10), toClock(end + 60)];
  return {
    prompt: rng.pick([
      `${Activity} starts at ${toClock(start)} and lasts ${duration} minutes. What time does it end?`,
      `${name} puts bread in the oven at ${toClock(start)}. It needs to bake for ${duration} minutes. When should it come out?`,
    ]),
    answer: choiceAnswer(timeChoices(rng, correct, distractors), correct),
    solution: [
      `${duration} minutes is ${Math.floor(duration / 60)} ${Math.floor(duration / 60) === 1 ? "hour" : "hours"} and ${duration % 60} minutes.`,
      `Add that to ${toClock(start)}, carrying 60 minutes into an hour when needed.`,
      `It ends at ${correct}.`,
    ],
    hints: [
      "Add the minutes, and remember that 60 minutes make 1 hour.",
      sameHour
        ? "The end time is still in the same hour."
        : `Jump from ${toClock(start)} to ${nextOClock} first: that uses ${toNext} minutes.`,
      "For example, 3:45 plus 30 minutes: 15 minutes gets to 4:00, and 15 more makes 4:15.",
      sameHour
        ? `Add ${duration} minutes to the ${startM} minutes past the hour.`
        : `After reaching ${nextOClock} you still have ${duration - toNext} minutes to add.`,
    ],
    params: { form, startH, startM, duration },
  };
});

const LENGTH_UNITS = [
  { unit: "cm", name: "centimeters", one: "centimeter" },
  { unit: "m", name: "meters", one: "meter" },
  { unit: "in", name: "inches", one: "inch" },
  { unit: "ft", name: "feet", one: "foot" },
];

const lengthProblems = defineGenerator("math.2.md.length-problems", (rng) => {
  const { unit, name: unitName, one } = rng.pick(LENGTH_UNITS);
  const form = rng.pick(["join", "longer", "cut"] as const);
  const op = form === "join" ? "+" : "-";
  const a = form === "join" ? rng.int(12, 60) : rng.int(30, 99);
  const b = form === "join" ? rng.int(11, 99 - a) : rng.int(11, a - 5);
  const [name, friend] = pickTwoNames(rng);
  const prompt = {
    join: `${name} tapes ${article(`${a}-`)} ${a}-${one} strip of paper to ${article(`${b}-`)} ${b}-${one} strip, end to end. How long is the new strip, in ${unitName}?`,
    longer: `${name}'s kite string is ${a} ${unitName} long. ${friend}'s is ${b} ${unitName} long. How many ${unitName} longer is ${name}'s string?`,
    cut: `A rope is ${a} ${unitName} long. ${name} cuts off ${b} ${unitName}. How long is the rope now, in ${unitName}?`,
  }[form];
  const strategy = op === "+" ? additionStrategy(a, b) : subtractionStrategy(a, b);
  const [ea, eb] =
    op === "+" ? [a === 25 ? 26 : 25, b === 18 ? 19 : 18] : [a === 52 ? 53 : 52, b === 17 ? 16 : 17];
  return {
    prompt,
    answer: numberAnswer(op === "+" ? a + b : a - b, unit),
    solution: [`Write a number sentence: ${m(`${a} ${op} ${b} = ?`)}.`, ...strategy.solution],
    hints: [
      form === "join"
        ? "Putting lengths end to end adds them."
        : "To compare or cut off, subtract the smaller length from the bigger one.",
      strategy.targeted,
      op === "+"
        ? `For example, ${ea} ${unit} and ${eb} ${unit} end to end: ${m(`${ea} + ${eb} = ${ea + eb}`)} ${unit}.`
        : `For example, ${ea} ${unit} take away ${eb} ${unit}: ${m(`${ea} - ${eb} = ${ea - eb}`)} ${unit}.`,
      strategy.step,
    ],
    params: { a, b, op, unit },
  };
});

const money = defineGenerator("math.2.md.money", (rng) => {
  const form = rng.pick(["coins", "coins", "to-dollar", "with-bills"] as const);
  let q = rng.int(0, 3);
  let d = rng.int(0, 4);
  let n = rng.int(0, 3);
  let p = rng.int(0, 4);
  // At least two kinds of coin, so the last hint never reduces to the answer itself.
  if ([q, d, n, p].filter((c) => c > 0).length < 2) {
    q = Math.max(q, 1);
    d = Math.max(d, 1);
  }
  while (25 * q + 10 * d + 5 * n + p >= 100) {
    if (d > 0) d--;
    else if (n > 0) n--;
    else q--;
  }
  if ([q, d, n, p].filter((c) => c > 0).length < 2) p = Math.max(p, 2);
  const bills = form === "with-bills" ? rng.int(1, 3) : 0;
  const coins = 25 * q + 10 * d + 5 * n + p;
  const answer = form === "to-dollar" ? 100 - coins : coins + 100 * bills;
  const parts = [
    q ? `${q} ${q === 1 ? "quarter" : "quarters"}` : "",
    d ? `${d} ${d === 1 ? "dime" : "dimes"}` : "",
    n ? `${n} ${n === 1 ? "nickel" : "nickels"}` : "",
    p ? `${p} ${p === 1 ? "penny" : "pennies"}` : "",
  ].filter(Boolean);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  const name = pickName(rng);
  const prompt =
    form === "to-dollar"
      ? `${name} has ${list}. How many more cents does ${name} need to make 1 dollar (100 cents)?`
      : form === "with-bills"
        ? `${name} has ${bills} one-dollar ${bills === 1 ? "bill" : "bills"} and ${list}. How many cents is that in all?`
        : rng.pick([
            `How many cents are ${list}?`,
            `${name} finds ${list} in a coat pocket. How many cents is that?`,
          ]);
  const pieces = [
    q ? `${q} ${q === 1 ? "quarter makes" : "quarters make"} ${25 * q} cents` : "",
    d ? `${d} ${d === 1 ? "dime makes" : "dimes make"} ${10 * d} cents` : "",
    n ? `${n} ${n === 1 ? "nickel makes" : "nickels make"} ${5 * n} cents` : "",
    p ? `${p} ${p === 1 ? "penny makes" : "pennies make"} ${p} ${p === 1 ? "cent" : "cents"}` : "",
  ].filter(Boolean);
  const listed =
    pieces.length > 1 ? `${pieces.slice(0, -1).join(", ")} and ${pieces.at(-1)}` : (pieces[0] ?? "");
  return {
    prompt,
    answer: numberAnswer(answer, "cents"),
    solution: [
      `Quarters are 25 cents, dimes 10, nickels 5 and pennies 1.`,
      `${listed}: together ${coins} cents${bills ? `, plus ${bills * 100} cents in bills` : ""}.`,
      form === "to-dollar" ? `${m(`100 - ${coins} = ${answer}`)} cents.` : `That is ${answer} cents.`,
    ],
    hints: [
      "Start with the coins worth the most, then count on with the smaller ones.",
      "Count quarters by 25s, dimes by 10s, nickels by 5s and pennies by 1s.",
      "For example, 1 quarter, 2 dimes and 3 pennies: 25, 35, 45, 46, 47, 48, so 48 cents.",
      form === "to-dollar"
        ? `The coins make ${coins} cents. How many more cents to get from ${coins} up to 100?`
        : `${listed}${bills ? `, and each bill is 100 cents` : ""}. Add them all up.`,
    ],
    params: { form, bills, q, d, n, p },
  };
});

const massAndVolume = defineGenerator("math.3.md.mass-and-volume", (rng) => {
  const op = rng.pick(["+", "-", "*", "/"] as const);
  const name = pickName(rng);
  let a: number;
  let b: number;
  let prompt: string;
  let unit: string;
  let answer: number;
  switch (op) {
    case "+":
      a = rng.int(120, 600);
      b = rng.int(100, 900 - a);
      unit = "g";
      answer = a + b;
      prompt = rng.pick([
        `An apple has a mass of ${a} grams and an orange has a mass of ${b} grams. What is their total mass, in grams?`,
        `${name} pours ${a} mL of milk and then ${b} mL of water into a bowl. How many milliliters are in the bowl?`,
      ]);
      if (prompt.includes("mL")) unit = "mL";
      break;
    case "-":
      a = rng.int(20, 90);
      b = rng.int(5, a - 5);
      unit = "L";
      answer = a - b;
      prompt = rng.pick([
        `A fish tank holds ${a} liters of water. ${name} takes out ${b} liters to clean it. How many liters are left?`,
        `A bag of sand has a mass of ${a} kilograms. ${b} kilograms are used in a sandbox. How many kilograms are left?`,
      ]);
      if (prompt.includes("kilograms")) unit = "kg";
      break;
    case "*":
      a = rng.int(2, 10);
      b = rng.int(2, 9);
      unit = "kg";
      answer = a * b;
      prompt = rng.pick([
        `Each bag of rice has a mass of ${a} kilograms. What is the mass of ${b} bags, in kilograms?`,
        `Each bucket holds ${a} liters. How many liters do ${b} full buckets hold?`,
      ]);
      if (prompt.includes("liters")) unit = "L";
      break;
    default:
      b = rng.int(2, 9);
      answer = rng.int(2, 10);
      a = answer * b;
      unit = "L";
      prompt = rng.pick([
        `${name} pours ${a} liters of lemonade equally into ${b} jugs. How many liters are in each jug?`,
        `${a} kilograms of apples are packed equally into ${b} crates. What is the mass of apples in each crate, in kilograms?`,
      ]);
      if (prompt.includes("kilograms")) unit = "kg";
  }
  const sentence = `${a} ${op === "*" ? "\\times" : op === "/" ? "\\div" : op} ${b}`;
  return {
    prompt,
    answer: numberAnswer(answer, unit),
    solution: [
      `Write a number sentence: ${m(`${sentence} = ?`)}.`,
      `${m(`${sentence} = ${answer}`)}, so the answer is ${answer} ${unit}.`,
    ],
    hints: [
      "Decide what the story is doing: putting together, taking away, equal groups or sharing.",
      {
        "+": "Two amounts are put together, so add.",
        "-": "Some is taken away, so subtract.",
        "*": "There are equal groups, so multiply.",
        "/": "An amount is shared equally, so divide.",
      }[op],
      "For example, 3 bottles of 2 liters hold 3 × 2 = 6 liters, and 12 liters shared among 4 jugs is 12 ÷ 4 = 3 liters each.",
      `Work out ${m(sentence)}.`,
    ],
    params: { op, a, b, unit },
  };
});

interface Conversion {
  from: string;
  to: string;
  factor: number;
}

const CUSTOMARY_AND_METRIC: Conversion[] = [
  { from: "kilometers", to: "meters", factor: 1000 },
  { from: "meters", to: "centimeters", factor: 100 },
  { from: "centimeters", to: "millimeters", factor: 10 },
  { from: "kilograms", to: "grams", factor: 1000 },
  { from: "liters", to: "milliliters", factor: 1000 },
  { from: "feet", to: "inches", factor: 12 },
  { from: "yards", to: "feet", factor: 3 },
  { from: "pounds", to: "ounces", factor: 16 },
  { from: "hours", to: "minutes", factor: 60 },
  { from: "minutes", to: "seconds", factor: 60 },
  { from: "days", to: "hours", factor: 24 },
  { from: "weeks", to: "days", factor: 7 },
];

const singular = (unit: string) =>
  unit === "feet" ? "foot" : unit === "inches" ? "inch" : unit.replace(/s$/, "");

const unitConversion = defineGenerator("math.4.md.unit-conversion", (rng) => {
  const { from, to, factor } = rng.pick(CUSTOMARY_AND_METRIC);
  const amount = rng.int(2, factor >= 1000 ? 9 : 12);
  const extra = rng.chance(0.4) ? rng.int(1, Math.min(factor - 1, 99)) : 0;
  const answer = amount * factor + extra;
  const name = pickName(rng);
  const prompt =
    extra > 0
      ? rng.pick([
          `${m(`${amount} \\text{ ${from} } ${extra} \\text{ ${to}}`)} is how many ${to}?`,
          `${name} measured something as ${amount} ${from} and ${extra} ${to}. How many ${to} is that in all?`,
        ])
      : rng.pick([
          `How many ${to} are in ${amount} ${from}?`,
          `${m(`${amount} \\text{ ${from}} = \\; ? \\text{ ${to}}`)}`,
          `${name} says something measures ${amount} ${from}. How many ${to} is that?`,
        ]);
  const ex = amount === 3 ? 4 : 3;
  return {
    prompt,
    answer: numberAnswer(answer, to),
    solution: [
      `1 ${singular(from)} = ${num(factor)} ${to}.`,
      `${m(`${amount} \\times ${tex(factor)} = ${tex(amount * factor)}`)} ${to}.`,
      extra > 0
        ? `Add the extra ${extra}: ${m(`${tex(amount * factor)} + ${extra} = ${tex(answer)}`)} ${to}.`
        : `So the answer is ${num(answer)} ${to}.`,
    ],
    hints: [
      `${capitalize(article(singular(from)))} ${singular(from)} is bigger than ${article(singular(to))} ${singular(to)}, so the number of ${to} will be bigger.`,
      `1 ${singular(from)} = ${num(factor)} ${to}.`,
      `For example, ${ex} ${from} is ${m(`${ex} \\times ${tex(factor)} = ${tex(ex * factor)}`)} ${to}.`,
      extra > 0
        ? `${amount} ${from} is ${m(`${amount} \\times ${tex(factor)} = ${tex(amount * factor)}`)} ${to}. Now add the extra ${extra} ${to}.`
        : `Multiply ${amount} by ${num(factor)}.`,
    ],
    params: { from, to, amount, extra },
  };
});

const METRIC: Conversion[] = [
  { from: "meters", to: "centimeters", factor: 100 },
  { from: "kilometers", to: "meters", factor: 1000 },
  { from: "kilograms", to: "grams", factor: 1000 },
  { from: "liters", to: "milliliters", factor: 1000 },
  { from: "centimeters", to: "millimeters", factor: 10 },
  { from: "meters", to: "millimeters", factor: 1000 },
];

// Each unit gets things that are sensibly measured in it.
const THINGS_MEASURED: Record<string, string[]> = {
  meters: ["a ribbon", "a garden hose", "a climbing rope"],
  kilometers: ["a hiking trail", "a bike route", "a river walk"],
  kilograms: ["a bag of flour", "a pumpkin", "a suitcase"],
  liters: ["a water jug", "a fish tank", "a pot of soup"],
  centimeters: ["a pencil", "a leaf", "a shoelace"],
};

const convertUnits = defineGenerator("math.5.md.convert-units", (rng) => {
  const { from: big, to: small, factor } = rng.pick(METRIC);
  const down = rng.chance(0.5);
  // Amounts chosen so the converted value has at most three decimal places.
  const amount = down
    ? clean(rng.int(1, 999) / rng.pick([10, 100]))
    : rng.int(1, 99) * rng.pick([1, 5, 10, 25]);
  const from = down ? big : small;
  const to = down ? small : big;
  const answer = clean(down ? amount * factor : amount / factor);
  const prompt = rng.pick([
    `${m(`${tex(amount)} \\text{ ${from}} = \\; ? \\text{ ${to}}`)}`,
    `Convert ${num(amount)} ${from} to ${to}.`,
    `${capitalize(rng.pick(THINGS_MEASURED[big] ?? ["An object"]))} measures ${num(amount)} ${from}. How many ${to} is that?`,
  ]);
  const [exA, exAns] = down
    ? factor === 100
      ? [2.5, 250]
      : factor === 10
        ? [3.5, 35]
        : [1.5, 1500]
    : factor === 100
      ? [75, 0.75]
      : factor === 10
        ? [45, 4.5]
        : [250, 0.25];
  return {
    prompt,
    answer: numberAnswer(answer, to),
    solution: [
      `1 ${singular(big)} = ${num(factor)} ${small}.`,
      down
        ? `Going to a smaller unit, multiply by ${num(factor)}.`
        : `Going to a bigger unit, divide by ${num(factor)}.`,
      `${m(`${tex(amount)} ${down ? "\\times" : "\\div"} ${tex(factor)} = ${tex(answer)}`)}`,
    ],
    hints: [
      down
        ? "Smaller units mean more of them: the number should get bigger."
        : "Bigger units mean fewer of them: the number should get smaller.",
      `1 ${singular(big)} = ${num(factor)} ${small}, so ${down ? "multiply" : "divide"} by ${num(factor)}.`,
      `For example, ${num(exA)} ${from} is ${m(`${tex(exA)} ${down ? "\\times" : "\\div"} ${tex(factor)} = ${tex(exAns)}`)} ${to}.`,
      `${down ? "Multiplying" : "Dividing"} by ${num(factor)} moves each digit of ${num(amount)} ${factor === 10 ? "one place" : factor === 100 ? "two places" : "three places"} to the ${down ? "left" : "right"}.`,
    ],
    params: { from, to, amount },
  };
});

const AREA_UNITS = ["square feet", "square meters", "square centimeters", "square inches"];

const area = defineGenerator("math.3.md.area", (rng) => {
  const form = rng.pick(["rect", "rect", "tiles", "composite"] as const);
  const unit = rng.pick(AREA_UNITS);
  const length = unit.replace("square ", "");
  const l = rng.int(2, 10);
  const w = rng.int(2, 10);
  const l2 = form === "composite" ? rng.int(2, 8) : 0;
  const w2 = form === "composite" ? rng.int(2, 8) : 0;
  const answer = l * w + l2 * w2;
  const name = pickName(rng);
  const prompt = {
    rect: rng.pick([
      `A rug is ${l} ${length} long and ${w} ${length} wide. What is its area, in ${unit}?`,
      `What is the area of a rectangle with sides ${l} ${length} and ${w} ${length}?`,
      `${name}'s garden bed is a rectangle, ${l} ${length} by ${w} ${length}. How many ${unit} is it?`,
    ]),
    tiles: `${name} covers a floor with square tiles, each 1 ${singular(length)} on a side. There are ${l} rows with ${w} tiles in each row. What is the area of the floor, in ${unit}?`,
    composite: `A patio is made of two rectangles that do not overlap: one is ${l} ${length} by ${w} ${length}, and the other is ${l2} ${length} by ${w2} ${length}. What is the total area, in ${unit}?`,
  }[form];
  return {
    prompt,
    answer: numberAnswer(answer, unit),
    solution:
      form === "composite"
        ? [
            `First rectangle: ${m(`${l} \\times ${w} = ${l * w}`)}.`,
            `Second rectangle: ${m(`${l2} \\times ${w2} = ${l2 * w2}`)}.`,
            `Total: ${m(`${l * w} + ${l2 * w2} = ${answer}`)} ${unit}.`,
          ]
        : [`Area of a rectangle = length × width.`, `${m(`${l} \\times ${w} = ${answer}`)} ${unit}.`],
    hints: [
      "Area counts how many unit squares cover a shape.",
      form === "composite"
        ? "Find the area of each rectangle, then add them."
        : "Multiply the length by the width (rows times squares in each row).",
      form === "composite"
        ? "For example, a 3 by 4 rectangle joined to a 2 by 5 rectangle has area 12 + 10 = 22 square units."
        : `For example, a rectangle ${l === 3 ? 4 : 3} by 5 has ${l === 3 ? 4 : 3} rows of 5 squares: ${m(`${l === 3 ? 4 : 3} \\times 5 = ${(l === 3 ? 4 : 3) * 5}`)} square units.`,
      form === "composite"
        ? `The rectangles have areas ${m(`${l} \\times ${w}`)} and ${m(`${l2} \\times ${w2}`)}. Work each out and add.`
        : `Work out ${m(`${l} \\times ${w}`)}.`,
    ],
    params: { form, l, w, l2, w2 },
  };
});

const perimeter = defineGenerator("math.3.md.perimeter", (rng): ItemDraft => {
  const form = rng.pick(["rect", "polygon", "missing"] as const);
  const unit = rng.pick(["cm", "m", "in", "ft"]);
  const name = pickName(rng);
  if (form === "rect") {
    const l = rng.int(2, 20);
    const w = rng.int(1, 15);
    const square = l === w;
    return {
      prompt: rng.pick([
        `A rectangle is ${l} ${unit} long and ${w} ${unit} wide. What is its perimeter?`,
        unit === "m" || unit === "ft"
          ? `${name} puts a fence around a rectangular garden ${l} ${unit} by ${w} ${unit}. How much fence is needed?`
          : `${name} glues ribbon around the edge of a rectangular card ${l} ${unit} by ${w} ${unit}. How much ribbon is needed?`,
      ]),
      answer: numberAnswer(2 * (l + w), unit),
      solution: [
        `A rectangle has two sides of ${l} and two sides of ${w}${square ? " (here all four are equal)" : ""}.`,
        `${m(`${l} + ${w} + ${l} + ${w} = ${2 * (l + w)}`)} ${unit}.`,
      ],
      hints: [
        "Perimeter is the distance all the way around the outside.",
        "A rectangle has four sides: opposite sides are the same length.",
        `For example, a 6 by ${w === 4 ? 3 : 4} rectangle: ${m(`6 + ${w === 4 ? 3 : 4} + 6 + ${w === 4 ? 3 : 4} = ${2 * (6 + (w === 4 ? 3 : 4))}`)}.`,
        `Add all four sides: ${m(`${l} + ${w} + ${l} + ${w}`)}.`,
      ],
      params: { form, sides: [l, w, l, w].join(",") },
    };
  }
  const count = rng.int(3, 6);
  const sides = Array.from({ length: count }, () => rng.int(2, 15));
  const shape = { 3: "triangle", 4: "four-sided shape", 5: "pentagon", 6: "hexagon" }[count] ?? "shape";
  const total = sides.reduce((s, x) => s + x, 0);
  if (form === "polygon") {
    return {
      prompt: rng.pick([
        `A ${shape} has sides of ${sides.join(", ")} ${unit}. What is its perimeter?`,
        `${name} walks around a ${shape}-shaped park with sides ${sides.join(", ")} ${unit}. How far is one lap?`,
      ]),
      answer: numberAnswer(total, unit),
      solution: [`Add every side: ${m(`${sides.join(" + ")} = ${total}`)} ${unit}.`],
      hints: [
        "Perimeter is the distance all the way around.",
        `Add all ${count} side lengths.`,
        "For example, a triangle with sides 3, 4 and 5 has perimeter 3 + 4 + 5 = 12.",
        `Work out ${m(sides.join(" + "))}. Adding pairs that make 10 can help.`,
      ],
      params: { form, sides: sides.join(",") },
    };
  }
  const known = sides.slice(0, -1);
  const missing = sides.at(-1) ?? 0;
  const knownTotal = total - missing;
  return {
    prompt: rng.pick([
      `A ${shape} has a perimeter of ${total} ${unit}. ${count - 1 === 2 ? "Two" : `${count - 1}`} of its sides are ${known.join(", ")} ${unit}. How long is the last side?`,
      `${name} has ${total} ${unit} of ribbon to go exactly around a ${shape}. The sides measured so far are ${known.join(", ")} ${unit}. How long is the side that is left?`,
    ]),
    answer: numberAnswer(missing, unit),
    solution: [
      `The known sides add to ${m(`${known.join(" + ")} = ${knownTotal}`)}.`,
      `The last side is ${m(`${total} - ${knownTotal} = ${missing}`)} ${unit}.`,
    ],
    hints: [
      "The perimeter is all the sides added together, including the missing one.",
      "Add the sides you know, then find how much more is needed to reach the perimeter.",
      "For example, a triangle with perimeter 20 and sides 6 and 8: 6 + 8 = 14, and 20 − 14 = 6.",
      `The known sides make ${knownTotal}. What do you add to ${knownTotal} to get ${total}?`,
    ],
    params: { form, perimeter: total, sides: known.join(",") },
  };
});

const areaPerimeterProblems = defineGenerator("math.4.md.area-perimeter-problems", (rng): ItemDraft => {
  const form = rng.pick(["area-side", "perimeter-side", "square-area"] as const);
  const unit = rng.pick(["m", "ft", "cm", "yd"]);
  const name = pickName(rng);
  if (form === "square-area") {
    const side = rng.int(2, 15);
    const p = 4 * side;
    return {
      prompt: `A square ${rng.pick(["tablecloth", "garden", "window", "playmat"])} has a perimeter of ${p} ${unit}. What is its area, in square ${unit}?`,
      answer: numberAnswer(side * side, `square ${unit}`),
      solution: [
        `A square has 4 equal sides: ${m(`${p} \\div 4 = ${side}`)} ${unit}.`,
        `Area: ${m(`${side} \\times ${side} = ${side * side}`)} square ${unit}.`,
      ],
      hints: [
        "Find the length of one side first.",
        "A square's four sides are equal, so divide the perimeter by 4.",
        "For example, a square with perimeter 28 has sides of 7, so its area is 7 × 7 = 49.",
        `Each side is ${m(`${p} \\div 4 = ${side}`)}. Now multiply that side by itself.`,
      ],
      params: { form, perimeter: p },
    };
  }
  const l = rng.int(3, 25);
  const w = rng.int(2, 20);
  if (form === "area-side") {
    const A = l * w;
    return {
      prompt: rng.pick([
        `A rectangular rug has an area of ${A} square ${unit}. It is ${l} ${unit} long. How wide is it?`,
        `${name}'s rectangular garden has an area of ${A} square ${unit} and a length of ${l} ${unit}. What is its width?`,
      ]),
      answer: numberAnswer(w, unit),
      solution: [
        `Area = length × width, so ${m(`${l} \\times ? = ${A}`)}.`,
        `${m(`${A} \\div ${l} = ${w}`)} ${unit}.`,
      ],
      hints: [
        "Area = length × width. One of those is missing.",
        `Think: ${m(`${l} \\times ? = ${A}`)}.`,
        "For example, area 48 and length 8: 48 ÷ 8 = 6, so the width is 6.",
        `Divide the area by the length: ${m(`${A} \\div ${l}`)}.`,
      ],
      params: { form, known: l, total: A },
    };
  }
  const P = 2 * (l + w);
  return {
    prompt: rng.pick([
      `A rectangle has a perimeter of ${P} ${unit} and a length of ${l} ${unit}. What is its width?`,
      `${name} used ${P} ${unit} of fence to go around a rectangular pen that is ${l} ${unit} long. How wide is the pen?`,
    ]),
    answer: numberAnswer(w, unit),
    solution: [
      `The two lengths use ${m(`2 \\times ${l} = ${2 * l}`)} ${unit}.`,
      `The two widths share the rest: ${m(`${P} - ${2 * l} = ${P - 2 * l}`)}.`,
      `One width: ${m(`${P - 2 * l} \\div 2 = ${w}`)} ${unit}.`,
    ],
    hints: [
      "The perimeter is length + width + length + width.",
      "Take away both lengths, then split what is left between the two widths.",
      "For example, perimeter 30 and length 9: 30 − 18 = 12, and 12 ÷ 2 = 6.",
      `Take both lengths away: ${m(`${P} - 2 \\times ${l}`)}. What is left is the two widths together; split it in half.`,
    ],
    params: { form, known: l, total: P },
  };
});

const angleAddition = defineGenerator("math.4.md.angle-addition", (rng): ItemDraft => {
  const form = rng.pick(["missing", "missing", "sum"] as const);
  const name = pickName(rng);
  if (form === "sum") {
    const a = rng.int(10, 100);
    const b = rng.int(10, 170 - a);
    return {
      prompt: rng.pick([
        `Two angles sit side by side with no gap. One measures ${a}° and the other ${b}°. What is the measure of the whole angle they make?`,
        `${name} draws an angle of ${a}° and then another ${b}° angle sharing the same side. What is the total angle, in degrees?`,
      ]),
      answer: numberAnswer(a + b, "degrees"),
      solution: [`Angles side by side add: ${m(`${a}^\\circ + ${b}^\\circ = ${a + b}^\\circ`)}.`],
      hints: [
        "When angles share a side and do not overlap, the whole angle is their sum.",
        "Add the two angle measures.",
        "For example, 30° next to 45° makes 75°.",
        additionStrategy(a, b).step,
      ],
      params: { form, a, b },
    };
  }
  const total = rng.pick([90, 90, 180, 180, 360]);
  const part = rng.int(10, total - 10);
  const picture =
    { 90: "a right angle", 180: "a straight line", 360: "a full turn around a point" }[total] ?? "";
  return {
    prompt: rng.pick([
      `Two angles together make ${picture} (${total}°). One of them is ${part}°. What is the other angle?`,
      `${name} splits ${picture} into two angles. One is ${part}°. How many degrees is the other?`,
    ]),
    answer: numberAnswer(total - part, "degrees"),
    solution: [
      `${picture.charAt(0).toUpperCase()}${picture.slice(1)} is ${total}°.`,
      `${m(`${total}^\\circ - ${part}^\\circ = ${total - part}^\\circ`)}.`,
    ],
    hints: [
      `Remember: a right angle is 90°, a straight line is 180° and a full turn is 360°.`,
      `The two angles add up to ${total}°. Subtract the one you know.`,
      "For example, if one angle of a straight line is 130°, the other is 180° − 130° = 50°.",
      `Work out ${m(`${total} - ${part}`)}.`,
    ],
    params: { form, total, part },
  };
});

const volume = defineGenerator("math.5.md.volume", (rng) => {
  const form = rng.pick(["prism", "layers", "composite"] as const);
  const unit = rng.pick(["cubic centimeters", "cubic inches", "cubic feet", "cubic meters"]);
  const len = unit.replace("cubic ", "");
  const [l, w, h] = [rng.int(2, 12), rng.int(2, 10), rng.int(2, 10)];
  const [l2, w2, h2] = form === "composite" ? [rng.int(2, 8), rng.int(2, 8), rng.int(2, 8)] : [0, 0, 0];
  const answer = l * w * h + l2 * w2 * h2;
  const prompt = {
    prism: rng.pick([
      `A box is ${l} ${len} long, ${w} ${len} wide and ${h} ${len} tall. What is its volume, in ${unit}?`,
      `What is the volume of a rectangular prism measuring ${l} by ${w} by ${h} ${len}?`,
    ]),
    layers: `${pickName(rng)} builds a box shape from unit cubes. Each layer has ${l} rows of ${w} cubes, and there are ${h} layers. How many cubes are used?`,
    composite: `Two boxes are stacked to make one shape. One box is ${l} by ${w} by ${h} ${len}; the other is ${l2} by ${w2} by ${h2} ${len}. What is the total volume, in ${unit}?`,
  }[form];
  return {
    prompt,
    answer: numberAnswer(answer, form === "layers" ? "cubes" : unit),
    solution:
      form === "composite"
        ? [
            `First box: ${m(`${l} \\times ${w} \\times ${h} = ${l * w * h}`)}.`,
            `Second box: ${m(`${l2} \\times ${w2} \\times ${h2} = ${l2 * w2 * h2}`)}.`,
            `Total: ${m(`${l * w * h} + ${l2 * w2 * h2} = ${answer}`)}.`,
          ]
        : [
            `One layer has ${m(`${l} \\times ${w} = ${l * w}`)} cubes.`,
            `${h} layers: ${m(`${l * w} \\times ${h} = ${answer}`)}.`,
          ],
    hints: [
      "Volume counts the unit cubes that fill a solid.",
      form === "composite"
        ? "Find the volume of each box, then add."
        : "Find the number of cubes in one layer, then multiply by the number of layers.",
      "For example, a 4 by 3 by 2 box has 4 × 3 = 12 cubes in a layer and 2 layers, so 24 cubes.",
      form === "composite"
        ? `Work out ${m(`${l} \\times ${w} \\times ${h}`)} and ${m(`${l2} \\times ${w2} \\times ${h2}`)}, then add them.`
        : `One layer is ${m(`${l} \\times ${w} = ${l * w}`)}. Now multiply by ${h}.`,
    ],
    params: { form, l, w, h, l2, w2, h2 },
  };
});

export const MEASUREMENT_GENERATORS: GeneratorEntry[] = [
  orderLengths,
  tellTimeHour,
  lengthProblems,
  timeFiveMinutes,
  money,
  elapsedTime,
  massAndVolume,
  unitConversion,
  convertUnits,
  area,
  perimeter,
  areaPerimeterProblems,
  angleAddition,
  volume,
];
