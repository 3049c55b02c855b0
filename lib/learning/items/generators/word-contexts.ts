import type { Rng } from "../random";

/**
 * Names and things for story problems. Names are varied in origin so every child meets
 * familiar and new ones; things are everyday objects a young child can picture.
 */
export const NAMES = [
  "Maya",
  "Leo",
  "Aisha",
  "Noah",
  "Priya",
  "Mateo",
  "Hana",
  "Eli",
  "Zara",
  "Sam",
  "Amara",
  "Kai",
  "Lucia",
  "Omar",
  "Nina",
  "Theo",
  "Ruby",
  "Jonah",
  "Mei",
  "Diego",
  "Ivy",
  "Felix",
  "Sofia",
  "Arjun",
  "Grace",
  "Tomas",
  "Leila",
  "Ben",
  "Yuki",
  "Isaac",
  "Fatima",
  "Owen",
  "Clara",
  "Malik",
  "Rosa",
  "Ezra",
] as const;

export interface Thing {
  one: string;
  many: string;
}

export const THINGS: readonly Thing[] = [
  { one: "apple", many: "apples" },
  { one: "shell", many: "shells" },
  { one: "sticker", many: "stickers" },
  { one: "marble", many: "marbles" },
  { one: "book", many: "books" },
  { one: "pencil", many: "pencils" },
  { one: "block", many: "blocks" },
  { one: "button", many: "buttons" },
  { one: "bead", many: "beads" },
  { one: "cookie", many: "cookies" },
  { one: "leaf", many: "leaves" },
  { one: "rock", many: "rocks" },
  { one: "crayon", many: "crayons" },
  { one: "acorn", many: "acorns" },
  { one: "feather", many: "feathers" },
  { one: "strawberry", many: "strawberries" },
  { one: "toy car", many: "toy cars" },
  { one: "seed", many: "seeds" },
];

export interface Container {
  one: string;
  many: string;
}

export const CONTAINERS: readonly Container[] = [
  { one: "bag", many: "bags" },
  { one: "box", many: "boxes" },
  { one: "basket", many: "baskets" },
  { one: "jar", many: "jars" },
  { one: "tray", many: "trays" },
  { one: "shelf", many: "shelves" },
  { one: "bucket", many: "buckets" },
  { one: "pack", many: "packs" },
];

export const pickName = (rng: Rng): string => rng.pick(NAMES);

/** Two different names, for comparison stories. */
export function pickTwoNames(rng: Rng): [string, string] {
  const [a, b] = rng.shuffle(NAMES);
  return [a ?? "Maya", b ?? "Leo"];
}

export const pickThing = (rng: Rng): Thing => rng.pick(THINGS);
export const pickContainer = (rng: Rng): Container => rng.pick(CONTAINERS);
