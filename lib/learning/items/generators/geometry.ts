import {
  choiceAnswer,
  defineGenerator,
  type GeneratorEntry,
  type ItemDraft,
  numberAnswer,
} from "./define-generator";
import { article, capitalize, m } from "./format";
import { pickName } from "./word-contexts";

interface ShapeInfo {
  solid: boolean;
  riddles: string[];
  objects: string[];
}

const SHAPES: Record<string, ShapeInfo> = {
  circle: {
    solid: false,
    riddles: ["I am flat and perfectly round. I have no corners and no straight sides."],
    objects: ["a coin", "a clock face", "the lid of a jar", "a paper plate"],
  },
  triangle: {
    solid: false,
    riddles: ["I am flat. I have 3 straight sides and 3 corners."],
    objects: ["a slice of pizza", "a yield road sign", "a folded napkin cut corner to corner"],
  },
  square: {
    solid: false,
    riddles: ["I am flat. I have 4 straight sides that are all the same length and 4 square corners."],
    objects: ["a sticky note", "a square cracker", "one space on a checkerboard"],
  },
  rectangle: {
    solid: false,
    riddles: [
      "I am flat. I have 4 straight sides and 4 square corners; two sides are long and two are short.",
    ],
    objects: ["a door", "a book cover", "a phone screen", "a bath towel"],
  },
  hexagon: {
    solid: false,
    riddles: ["I am flat. I have 6 straight sides and 6 corners."],
    objects: ["one cell of a honeycomb", "the top of a pencil that is not round"],
  },
  cube: {
    solid: true,
    riddles: ["I am solid. I have 6 flat faces, and every face is a square of the same size."],
    objects: ["a number cube", "a sugar cube", "a wooden toy block"],
  },
  sphere: {
    solid: true,
    riddles: ["I am solid and round all over. I can roll in any direction."],
    objects: ["a ball", "a globe", "a marble", "a bubble"],
  },
  cylinder: {
    solid: true,
    riddles: ["I am solid. I have two flat circle faces and one curved side. I can roll and I can stack."],
    objects: ["a can of soup", "a drum", "a paper towel roll"],
  },
  cone: {
    solid: true,
    riddles: ["I am solid. I have one flat circle face and a point at the top."],
    objects: ["an ice cream cone", "a party hat", "a traffic cone"],
  },
};

const SHAPE_NAMES = Object.keys(SHAPES);

/** The riddles speak as the shape ("I am solid"); hints talk about it ("It is solid"). */
const aboutIt = (riddle: string) =>
  riddle
    .replace(/\bI am\b/g, "It is")
    .replace(/\bI have\b/g, "It has")
    .replace(/\bI can\b/g, "It can");

const nameShapes = defineGenerator("math.k.g.name-shapes", (rng) => {
  const shape = rng.pick(SHAPE_NAMES);
  const info = SHAPES[shape] as ShapeInfo;
  const sameKind = SHAPE_NAMES.filter((s) => s !== shape && SHAPES[s]?.solid === info.solid);
  const choices = rng.shuffle([shape, ...rng.shuffle(sameKind).slice(0, 2)]);
  const riddle = rng.chance(0.4);
  const object = rng.pick(info.objects);
  const prompt = riddle
    ? `${rng.pick(info.riddles)} What shape am I?`
    : rng.pick([`${capitalize(object)} has the shape of a…`, `Which shape does ${object} look like?`]);
  const other = SHAPE_NAMES.find((s) => s !== shape && SHAPES[s]?.solid === info.solid) ?? "circle";
  const otherInfo = SHAPES[other] as ShapeInfo;
  return {
    prompt,
    answer: choiceAnswer(choices, shape),
    solution: [
      info.solid ? "It is a solid shape (it is not flat)." : "It is a flat shape.",
      aboutIt(info.riddles[0] ?? ""),
      `That is a ${shape}.`,
    ],
    hints: [
      "Is it flat like a drawing, or solid like something you can hold?",
      info.solid
        ? "Think about its faces: are they flat or curved? Does it have a point?"
        : "Count the sides and corners. Are the sides straight or curved?",
      `For example, ${otherInfo.objects[0]} is a ${other}. ${aboutIt(otherInfo.riddles[0] ?? "")}`,
      riddle
        ? "Take the clues one at a time and cross out every choice that does not fit."
        : `Picture ${object} in your hand. ${aboutIt(info.riddles[0] ?? "")} Which choice is that?`,
    ],
    params: { shape },
  };
});

const SIDE_COUNTS: Record<string, number> = {
  triangle: 3,
  square: 4,
  rectangle: 4,
  pentagon: 5,
  hexagon: 6,
  octagon: 8,
};
const EXAMPLES_OF: Record<string, string> = {
  triangle: "a yield sign",
  square: "a sticky note",
  rectangle: "a door",
  pentagon: "home plate on a baseball field",
  hexagon: "a honeycomb cell",
  octagon: "a stop sign",
};

const shapeAttributes = defineGenerator("math.2.g.shape-attributes", (rng): ItemDraft => {
  const form = rng.pick(["flat", "flat", "cube", "total"] as const);
  const name = pickName(rng);
  if (form === "cube") {
    const ask = rng.pick(["faces", "edges", "vertices"] as const);
    const answer = { faces: 6, edges: 12, vertices: 8 }[ask];
    const what = {
      faces: "flat faces",
      edges: "edges (where two faces meet)",
      vertices: "corners (vertices)",
    }[ask];
    return {
      prompt: rng.pick([
        `How many ${what} does a cube have?`,
        `${name} is holding a number cube. How many ${what} does it have?`,
      ]),
      answer: numberAnswer(answer),
      solution: [
        {
          faces: "A cube has a top, a bottom and four sides.",
          edges: "A cube has 4 edges on top, 4 on the bottom and 4 going up the sides.",
          vertices: "A cube has 4 corners on top and 4 on the bottom.",
        }[ask],
        `That makes ${answer}.`,
      ],
      hints: [
        "Picture a box or a number cube in your hand.",
        {
          faces: "Count the top, the bottom, and the faces around the sides.",
          edges: "Count the edges around the top, around the bottom, and the ones going up.",
          vertices: "Count the corners on the top, then the corners on the bottom.",
        }[ask],
        "For example, a square has 4 sides and 4 corners, and a cube is made of squares.",
        {
          faces: "Top and bottom make 2. How many faces go around the sides? Add them.",
          edges:
            "There are 4 edges around the top and 4 around the bottom. How many go up the sides? Add them.",
          vertices: "There are 4 corners on the top. How many are on the bottom? Add them.",
        }[ask],
      ],
      params: { form, ask },
    };
  }
  if (form === "total") {
    const [a, b] = rng.shuffle(Object.keys(SIDE_COUNTS)) as [string, string];
    const ca = rng.int(1, 3);
    const cb = rng.int(1, 3);
    const sa = SIDE_COUNTS[a] ?? 0;
    const sb = SIDE_COUNTS[b] ?? 0;
    const total = ca * sa + cb * sb;
    const plural = (n: number, s: string) => `${n} ${n === 1 ? s : `${s}s`}`;
    return {
      prompt: `${name} draws ${plural(ca, a)} and ${plural(cb, b)}. How many sides is that altogether?`,
      answer: numberAnswer(total),
      solution: [
        `${capitalize(article(a))} ${a} has ${sa} sides and ${article(b)} ${b} has ${sb} sides.`,
        `${m(`${Array(ca).fill(sa).join(" + ")} + ${Array(cb).fill(sb).join(" + ")} = ${total}`)}.`,
      ],
      hints: [
        "Find how many sides each shape has first.",
        `${capitalize(article(a))} ${a} has ${sa} sides and ${article(b)} ${b} has ${sb} sides.`,
        "For example, 2 triangles and 1 square: 3 + 3 + 4 = 10 sides.",
        `Add ${sa} for each ${a} and ${sb} for each ${b}: ${m(`${Array(ca).fill(sa).join(" + ")} + ${Array(cb).fill(sb).join(" + ")}`)}.`,
      ],
      params: { form, shapeA: a, countA: ca, shapeB: b, countB: cb },
    };
  }
  const shape = rng.pick(Object.keys(SIDE_COUNTS));
  const ask = rng.pick(["sides", "vertices"] as const);
  const what = ask === "sides" ? "sides" : "corners (vertices)";
  const answer = SIDE_COUNTS[shape] ?? 0;
  return {
    prompt: rng.pick([
      `How many ${what} does ${article(shape)} ${shape} have?`,
      `${capitalize(EXAMPLES_OF[shape] ?? "a shape")} is shaped like ${article(shape)} ${shape}. How many ${what} does it have?`,
      `${name} traces ${article(shape)} ${shape} with a finger. How many ${what} does ${name} go around?`,
    ]),
    answer: numberAnswer(answer),
    solution: [
      `${capitalize(article(shape))} ${shape} has ${answer} straight sides and ${answer} corners.`,
      `So it has ${answer} ${ask === "sides" ? "sides" : "vertices"}.`,
    ],
    hints: [
      "Flat shapes with straight sides have as many corners as sides.",
      `Think of ${EXAMPLES_OF[shape]}. Picture walking around its edge.`,
      shape === "hexagon"
        ? "For example, a pentagon, like home plate on a baseball field, has 5 sides and 5 corners."
        : "For example, a hexagon, like a honeycomb cell, has 6 sides and 6 corners.",
      `Trace the ${shape} in your mind and count each ${ask === "sides" ? "straight side" : "corner"} once as you go around.`,
    ],
    params: { form, shape, ask },
  };
});

interface Quad {
  name: string;
  rightAngles: "yes" | "no";
  equalSides: "yes" | "no";
  parallelPairs: number;
  clue: string;
}

const QUADS: Quad[] = [
  {
    name: "square",
    rightAngles: "yes",
    equalSides: "yes",
    parallelPairs: 2,
    clue: "All four of my sides are the same length, and all four of my angles are right angles.",
  },
  {
    name: "rectangle",
    rightAngles: "yes",
    equalSides: "no",
    parallelPairs: 2,
    clue: "All four of my angles are right angles, but my sides are not all the same length.",
  },
  {
    name: "rhombus",
    rightAngles: "no",
    equalSides: "yes",
    parallelPairs: 2,
    clue: "All four of my sides are the same length, but my angles are not right angles.",
  },
  {
    name: "trapezoid",
    rightAngles: "no",
    equalSides: "no",
    parallelPairs: 1,
    clue: "I have exactly one pair of parallel sides.",
  },
  {
    name: "parallelogram",
    rightAngles: "no",
    equalSides: "no",
    parallelPairs: 2,
    clue: "I have two pairs of parallel sides, my angles are not right angles, and my sides are not all equal.",
  },
];

const quadrilaterals = defineGenerator("math.3.g.quadrilaterals", (rng) => {
  const quad = rng.pick(QUADS);
  const others = rng.shuffle(QUADS.filter((q) => q.name !== quad.name)).slice(0, 3);
  const choices = rng.shuffle([quad.name, ...others.map((q) => q.name)]);
  const prompt = rng.pick([
    `I am a shape with 4 sides. ${quad.clue} What is the best name for me?`,
    `A floor tile has 4 sides. ${quad.clue
      .replace(/\bI have\b/g, "It has")
      .replace(/\bmy\b/g, "its")
      .replace(/\bMy\b/g, "Its")
      .replace(/\bI am\b/g, "It is")} Which name fits it best?`,
    `${pickName(rng)} drew a quadrilateral. ${quad.clue
      .replace(/\bI have\b/g, "It has")
      .replace(/\bmy\b/g, "its")
      .replace(/\bMy\b/g, "Its")} What kind of quadrilateral is it?`,
  ]);
  const example = quad.name === "rectangle" ? QUADS[0] : QUADS[1];
  return {
    prompt,
    answer: choiceAnswer(choices, quad.name),
    solution: [
      `Check the clues: right angles — ${quad.rightAngles}; all sides equal — ${quad.equalSides}; pairs of parallel sides — ${quad.parallelPairs}.`,
      `Those clues describe a ${quad.name}.`,
    ],
    hints: [
      "Every choice has 4 sides. Look at the angles, the side lengths and the parallel sides.",
      "Square: equal sides and right angles. Rectangle: right angles. Rhombus: equal sides. Trapezoid: one pair of parallel sides.",
      `For example: "${example?.clue ?? ""}" describes a ${example?.name ?? "square"}.`,
      quad.parallelPairs === 1
        ? "How many pairs of parallel sides does it have? Which shape has just one pair?"
        : `Right angles: ${quad.rightAngles}. All sides equal: ${quad.equalSides}. Which name needs exactly that?`,
    ],
    params: { rightAngles: quad.rightAngles, equalSides: quad.equalSides, parallelPairs: quad.parallelPairs },
  };
});

const ANGLE_TYPES = ["acute", "right", "obtuse", "straight"];

const angleTypes = defineGenerator("math.4.g.angle-types", (rng) => {
  const form = rng.pick(["degrees", "degrees", "clock"] as const);
  let deg: number;
  let prompt: string;
  if (form === "clock") {
    const hour = rng.int(1, 6);
    deg = 30 * hour;
    prompt = rng.pick([
      `At ${hour}:00 the two hands of a clock make an angle of ${deg}°. What kind of angle is it?`,
      `${pickName(rng)} looks at the clock at ${hour}:00. The hands make an angle of ${deg}°. Is it acute, right, obtuse or straight?`,
    ]);
  } else {
    deg = rng.chance(0.15) ? 90 : rng.chance(0.08) ? 180 : rng.int(5, 175);
    prompt = rng.pick([
      `An angle measures ${deg}°. What kind of angle is it?`,
      `${pickName(rng)} measures an angle with a protractor and gets ${deg}°. Which word describes it?`,
      `What type of angle is ${m(`${deg}^\\circ`)}?`,
    ]);
  }
  const type = deg < 90 ? "acute" : deg === 90 ? "right" : deg < 180 ? "obtuse" : "straight";
  return {
    prompt,
    answer: choiceAnswer([...ANGLE_TYPES], type),
    solution: [
      "Acute is less than 90°, right is exactly 90°, obtuse is between 90° and 180°, and straight is exactly 180°.",
      `${deg}° is ${type === "acute" ? "less than 90°" : type === "obtuse" ? "between 90° and 180°" : `exactly ${deg}°`}, so it is ${type}.`,
    ],
    hints: [
      "Compare the angle with a right angle, like the corner of a sheet of paper (90°).",
      "Less than 90° is acute, exactly 90° is right, between 90° and 180° is obtuse, and 180° is a straight line.",
      "For example, 45° is acute (narrower than a paper corner) and 120° is obtuse (wider).",
      `Is ${deg}° less than, equal to, or more than 90°? And is it less than 180°?`,
    ],
    params: { deg },
  };
});

const SYMMETRY: Record<string, { lines: number; note: string }> = {
  square: { lines: 4, note: "2 folds corner to corner and 2 folds through the middles of opposite sides" },
  "rectangle that is not a square": {
    lines: 2,
    note: "one fold across the middle each way; corner-to-corner folds do not match",
  },
  "equilateral triangle": { lines: 3, note: "one fold from each corner to the middle of the opposite side" },
  "isosceles triangle that is not equilateral": {
    lines: 1,
    note: "one fold down the middle, between the two equal sides",
  },
  "scalene triangle (no equal sides)": { lines: 0, note: "no fold makes the halves match" },
  "regular pentagon": { lines: 5, note: "one fold from each corner to the middle of the opposite side" },
  "regular hexagon": {
    lines: 6,
    note: "3 folds corner to corner and 3 through the middles of opposite sides",
  },
  "regular octagon, like a stop sign": {
    lines: 8,
    note: "4 folds corner to corner and 4 through the middles of opposite sides",
  },
  "rhombus that is not a square": { lines: 2, note: "the two corner-to-corner folds" },
  "parallelogram with no right angles and unequal sides": {
    lines: 0,
    note: "no fold makes the halves match",
  },
  "heart shape": { lines: 1, note: "one fold straight down the middle" },
};

const symmetry = defineGenerator("math.4.g.symmetry", (rng) => {
  const shape = rng.pick(Object.keys(SYMMETRY));
  const info = SYMMETRY[shape] ?? { lines: 0, note: "" };
  const prompt = rng.pick([
    `How many lines of symmetry does ${article(shape)} ${shape} have?`,
    `${pickName(rng)} cuts out ${article(shape)} ${shape} and folds it so the two halves match exactly. How many different folds work?`,
    `A line of symmetry splits a shape into two matching halves. How many lines of symmetry does ${article(shape)} ${shape} have?`,
  ]);
  const example = shape === "square" ? "rectangle that is not a square" : "square";
  return {
    prompt,
    answer: numberAnswer(info.lines),
    solution: [
      `Try every fold that might match: ${info.note}.`,
      `So ${article(shape)} ${shape} has ${info.lines} ${info.lines === 1 ? "line" : "lines"} of symmetry.`,
    ],
    hints: [
      "A line of symmetry is a fold where the two halves land exactly on top of each other.",
      "Try folds from corner to corner and folds through the middles of opposite sides.",
      `For example, a ${example} works with ${SYMMETRY[example]?.note}.`,
      `Picture folding the ${shape} each way. Count only the folds where every edge lines up.`,
    ],
    params: { shape },
  };
});

const coordinatePlane = defineGenerator("math.5.g.coordinate-plane", (rng): ItemDraft => {
  const form = rng.pick(["read", "move", "distance"] as const);
  // Zero moves are left to the "move" and "distance" forms; "walk 0 blocks north" reads oddly.
  const x = rng.int(form === "read" ? 1 : 0, 10);
  const y = rng.int(form === "read" ? 1 : 0, 10);
  const accepted = (a: number, b: number) => [`(${a}, ${b})`, `(${a},${b})`, `${a}, ${b}`, `${a},${b}`];
  const name = pickName(rng);
  if (form === "read") {
    return {
      prompt: rng.pick([
        `Start at the origin ${m("(0, 0)")}. Move ${x} units right and ${y} units up. What are the coordinates of the point? Write them like (3, 5).`,
        `${name} walks ${x} blocks east and then ${y} blocks north from the corner at ${m("(0, 0)")}. Where is ${name} now? Write the point like (3, 5).`,
      ]),
      answer: { kind: "text", accepted: accepted(x, y) },
      solution: [
        `The first number is how far right: ${x}.`,
        `The second number is how far up: ${y}.`,
        `The point is (${x}, ${y}).`,
      ],
      hints: [
        "A point is written (across, up): the first number is for moving right, the second for moving up.",
        "Write the right-left distance first, then the up-down distance.",
        `For example, 2 right and ${x === 2 ? 6 : 7} up is the point (2, ${x === 2 ? 6 : 7}).`,
        `You moved ${x} across and ${y} up. Put them in brackets in that order.`,
      ],
      params: { form, x, y },
    };
  }
  if (form === "move") {
    const dx = rng.int(-Math.min(x, 5), 5);
    const dy = rng.int(-Math.min(y, 5), 5);
    const words = (d: number, pos: string, neg: string) =>
      d === 0 ? "" : `${Math.abs(d)} ${d > 0 ? pos : neg}`;
    const move =
      [words(dx, "right", "left"), words(dy, "up", "down")].filter(Boolean).join(" and ") || "nowhere";
    return {
      prompt: `A point is at (${x}, ${y}). It moves ${move}. What are its new coordinates? Write them like (3, 5).`,
      answer: { kind: "text", accepted: accepted(x + dx, y + dy) },
      solution: [
        `Moving right or left changes the first number: ${m(`${x} ${dx >= 0 ? "+" : "-"} ${Math.abs(dx)} = ${x + dx}`)}.`,
        `Moving up or down changes the second number: ${m(`${y} ${dy >= 0 ? "+" : "-"} ${Math.abs(dy)} = ${y + dy}`)}.`,
        `The new point is (${x + dx}, ${y + dy}).`,
      ],
      hints: [
        "Right and left change the first number; up and down change the second.",
        "Right and up add; left and down subtract.",
        "For example, (4, 2) moved 3 right and 1 up lands on (7, 3).",
        `Work out ${m(`${x} ${dx >= 0 ? "+" : "-"} ${Math.abs(dx)}`)} for the first number and ${m(`${y} ${dy >= 0 ? "+" : "-"} ${Math.abs(dy)}`)} for the second.`,
      ],
      params: { form, x, y, dx, dy },
    };
  }
  const horizontal = rng.chance(0.5);
  const other = rng.int(0, 10);
  const [x2, y2] = horizontal
    ? [other === x ? (x + 3) % 11 : other, y]
    : [x, other === y ? (y + 4) % 11 : other];
  const distance = Math.abs(x2 - x) + Math.abs(y2 - y);
  return {
    prompt: rng.pick([
      `How many units apart are the points (${x}, ${y}) and (${x2}, ${y2})?`,
      `${name}'s house is at (${x}, ${y}) and the library is at (${x2}, ${y2}) on a town grid. How many blocks apart are they?`,
    ]),
    answer: numberAnswer(distance, "units"),
    solution: [
      horizontal
        ? "The second numbers match, so the points are on the same horizontal line."
        : "The first numbers match, so the points are on the same vertical line.",
      `Subtract the numbers that differ: ${m(`${Math.max(horizontal ? x : y, horizontal ? x2 : y2)} - ${Math.min(horizontal ? x : y, horizontal ? x2 : y2)} = ${distance}`)}.`,
    ],
    hints: [
      "Look for the coordinate that is the same in both points.",
      horizontal
        ? "The points are side by side, so only the first numbers matter."
        : "The points are one above the other, so only the second numbers matter.",
      distance === 7
        ? "For example, (1, 4) and (6, 4) are 6 − 1 = 5 units apart."
        : "For example, (2, 5) and (9, 5) are 9 − 2 = 7 units apart.",
      `Find the difference between ${horizontal ? `${x} and ${x2}` : `${y} and ${y2}`}.`,
    ],
    params: { form, x1: x, y1: y, x2, y2 },
  };
});

// Each family is a set of properties; "every A is a B" holds exactly when B's properties are a
// subset of A's. Stating the hierarchy this way keeps the yes/no answers consistent.
const FAMILY: Record<string, string[]> = {
  quadrilateral: ["4 sides"],
  parallelogram: ["4 sides", "2 pairs of parallel sides"],
  rectangle: ["4 sides", "2 pairs of parallel sides", "4 right angles"],
  rhombus: ["4 sides", "2 pairs of parallel sides", "4 equal sides"],
  square: ["4 sides", "2 pairs of parallel sides", "4 right angles", "4 equal sides"],
};
const TRIANGLES: Record<string, string[]> = {
  triangle: ["3 sides"],
  "isosceles triangle": ["3 sides", "at least 2 equal sides"],
  "equilateral triangle": ["3 sides", "at least 2 equal sides", "3 equal sides"],
  "right triangle": ["3 sides", "a right angle"],
};

const classifyShapes = defineGenerator("math.5.g.classify-shapes", (rng): ItemDraft => {
  const family = rng.chance(0.75) ? FAMILY : TRIANGLES;
  const names = Object.keys(family);
  const form = rng.pick(["is-a", "is-a", "has"] as const);
  const [a, b] = rng.shuffle(names) as [string, string];
  const propsA = family[a] ?? [];
  const propsB = family[b] ?? [];
  if (form === "has") {
    const property = rng.pick(
      [...new Set(Object.values(family).flat())].filter((p) => p !== "3 sides" && p !== "4 sides"),
    );
    const yes = propsA.includes(property);
    return {
      prompt: rng.pick([
        `Does every ${a} have ${property}?`,
        `Is this always true? Every ${a} has ${property}.`,
      ]),
      answer: choiceAnswer(["yes", "no"], yes ? "yes" : "no"),
      solution: [
        `Every ${a} has: ${propsA.join(", ")}.`,
        yes ? `That list includes ${property}.` : `${capitalize(property)} is not guaranteed.`,
      ],
      hints: [
        `What must be true of every ${a}, no matter how it is drawn?`,
        `Think of ${article(a)} ${a} drawn as oddly as possible. Does it still have ${property}?`,
        "For example, every rectangle has 4 right angles, but not every rectangle has 4 equal sides.",
        `List what every ${a} must have. Is ${property} on that list?`,
      ],
      params: { form, shape: a, property },
    };
  }
  const yes = propsB.every((p) => propsA.includes(p));
  return {
    prompt: rng.pick([
      `Is every ${a} also ${article(b)} ${b}?`,
      `${pickName(rng)} says every ${a} is ${article(b)} ${b}. Is that right?`,
    ]),
    answer: choiceAnswer(["yes", "no"], yes ? "yes" : "no"),
    solution: [
      `${capitalize(article(b))} ${b} needs: ${propsB.join(", ")}.`,
      `Every ${a} has: ${propsA.join(", ")}.`,
      yes
        ? `So every ${a} is ${article(b)} ${b}.`
        : `${capitalize(article(a))} ${a} does not always have everything ${article(b)} ${b} needs, so the answer is no.`,
    ],
    hints: [
      `Think about what a shape needs in order to be called ${article(b)} ${b}.`,
      `${capitalize(article(b))} ${b} needs ${propsB.join(", ")}.`,
      "For example, every square is a rectangle (it has 4 right angles), but not every rectangle is a square.",
      `Does every ${a} have all of these: ${propsB.join(", ")}?`,
    ],
    params: { form, a, b },
  };
});

export const GEOMETRY_GENERATORS: GeneratorEntry[] = [
  nameShapes,
  shapeAttributes,
  quadrilaterals,
  angleTypes,
  symmetry,
  coordinatePlane,
  classifyShapes,
];
