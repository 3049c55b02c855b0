import type { Item } from "@/lib/learning/types";
import { authoredItems, withPassage } from "./define-authored";

const rhymingWords = authoredItems("reading.k.rf.rhyming-words", [
  {
    key: "cat",
    prompt: "Which word rhymes with cat?",
    correct: "hat",
    wrong: ["dog", "cup"],
    solution: [
      "Say cat slowly: c-at. It ends with the sound “at”.",
      "Hat ends with “at” too: h-at.",
      "So hat rhymes with cat.",
    ],
    hints: [
      "Rhyming words sound the same at the end.",
      "Say cat slowly and listen to the end: “at”.",
      "For example, pen and hen rhyme, because both end with “en”.",
      "Say each word and listen for the one that ends with “at”.",
    ],
  },
  {
    key: "sun",
    prompt: "Which word rhymes with sun?",
    correct: "run",
    wrong: ["sock", "map"],
    solution: ["Sun ends with the sound “un”.", "Run ends with “un” too.", "So run rhymes with sun."],
    hints: [
      "Rhyming words have the same ending sound.",
      "Listen to the end of sun: “un”.",
      "For example, bug and rug rhyme: both end with “ug”.",
      "Which choice ends with “un” when you say it out loud?",
    ],
  },
  {
    key: "not-bake",
    prompt: "Which word does NOT rhyme with bake?",
    correct: "book",
    wrong: ["cake", "lake"],
    solution: [
      "Bake ends with “ake”.",
      "Cake and lake end with “ake” too, so they rhyme.",
      "Book ends with “ook”, so it does not rhyme.",
    ],
    hints: [
      "Two of the words rhyme with bake. Find the one that does not.",
      "Bake ends with the sound “ake”.",
      "For example, in “fan, man, sit”, sit does not rhyme with the others.",
      "Say each word after bake. Which one has a different ending sound?",
    ],
  },
  {
    key: "frog",
    prompt: "Which word rhymes with frog?",
    correct: "log",
    wrong: ["fish", "tree"],
    solution: ["Frog ends with “og”.", "Log ends with “og” too.", "So log rhymes with frog."],
    hints: [
      "Rhymes match at the end, not at the start.",
      "Fish starts like frog, but does it end like frog?",
      "For example, top and hop rhyme because both end with “op”.",
      "Listen for the choice that ends with “og”.",
    ],
  },
  {
    key: "pair",
    prompt: "Which two words rhyme?",
    correct: "pig and wig",
    wrong: ["pig and pan", "pig and dog"],
    solution: ["Pig ends with “ig”.", "Wig ends with “ig” too.", "So pig and wig rhyme."],
    hints: [
      "Look for two words with the same ending sound.",
      "Every choice starts with pig. Which partner ends the way pig ends?",
      "For example, cap and map rhyme, but cap and cup do not.",
      "Pig ends with “ig”. Which partner word also ends with “ig”?",
    ],
  },
  {
    key: "bee",
    prompt: "Finish the rhyme: “A busy bee sat on my ___.”",
    correct: "knee",
    wrong: ["hand", "bed"],
    solution: ["Bee ends with the sound “ee”.", "Knee ends with “ee” too.", "“A busy bee sat on my knee.”"],
    hints: [
      "The missing word should rhyme with bee.",
      "Bee ends with a long “ee” sound.",
      "For example, “The cat wore a hat” rhymes because cat and hat both end with “at”.",
      "Which choice ends with the “ee” sound, like bee?",
    ],
  },
  {
    key: "bell",
    prompt: "Which word rhymes with bell?",
    correct: "shell",
    wrong: ["ball", "bill"],
    solution: [
      "Bell ends with “ell”.",
      "Ball ends with “all” and bill ends with “ill”.",
      "Shell ends with “ell”, so it rhymes.",
    ],
    hints: [
      "Careful: some choices start like bell but end differently.",
      "Bell ends with “ell”.",
      "For example, well and tell rhyme, but well and wall do not.",
      "Say bell, then each choice. Which one ends with “ell” exactly?",
    ],
  },
]);

const digraphs = authoredItems("reading.1.rf.digraphs", [
  {
    key: "ship-start",
    prompt: "Which two letters make the first sound in the word ship? Type the two letters.",
    accepted: ["sh"],
    solution: [
      "Ship begins with the quiet “shh” sound.",
      "The letters s and h together make that sound.",
      "The answer is sh.",
    ],
    hints: [
      "Some sounds are made by two letters working as a team.",
      "Say ship slowly. The first sound is like when you ask someone to be quiet.",
      "For example, the first sound in chin is made by the letters c and h: ch.",
      "Which two letters make the “shh” sound?",
    ],
  },
  {
    key: "ch-start",
    prompt: "Which word begins with the same sound as chair?",
    correct: "chin",
    wrong: ["shin", "thin"],
    solution: ["Chair starts with “ch”.", "Chin starts with “ch” too.", "So the answer is chin."],
    hints: [
      "Listen to the very first sound of chair.",
      "Chair starts with the letter team c-h.",
      "For example, ship and shop start with the same team: s-h.",
      "Say each choice. Which one starts with the “ch” sound, like cheese?",
    ],
  },
  {
    key: "whale",
    prompt: "Which letters finish the word for a very big sea animal? “___ale”",
    correct: "wh",
    wrong: ["sh", "ch"],
    solution: [
      "The big sea animal is a whale.",
      "Whale is spelled w-h-a-l-e.",
      "The missing letters are wh.",
    ],
    hints: [
      "Think of the name of a giant animal that lives in the sea.",
      "The word is whale. Which letters make its first sound?",
      "For example, the word when also begins with the team w-h.",
      "Whale starts with the same letters as white and wheel.",
    ],
  },
  {
    key: "th-end",
    prompt: "Which word ends with the sound “th”, like in tooth?",
    correct: "bath",
    wrong: ["bash", "back"],
    solution: [
      "Tooth ends with the letters t-h.",
      "Bath ends with t-h too: b-a-th.",
      "So the answer is bath.",
    ],
    hints: [
      "This time, listen to the END of each word.",
      "To make “th”, your tongue peeks out between your teeth.",
      "For example, math ends with “th”, and cash ends with “sh”.",
      "Say each word and feel your tongue at the end. Which one ends with “th”?",
    ],
  },
  {
    key: "fish-end",
    prompt: "Fill in the two missing letters: “A fi__ swims in the pond.” Type the two letters.",
    accepted: ["sh"],
    solution: [
      "The animal that swims in a pond is a fish.",
      "Fish ends with the “shh” sound.",
      "The missing letters are sh.",
    ],
    hints: [
      "Think of an animal that swims in a pond and starts with fi.",
      "The word is fish. Listen to its last sound.",
      "For example, the word dish also ends with the letters s-h.",
      "Which two letters make the “shh” sound at the end of fish?",
    ],
  },
  {
    key: "thumb",
    prompt: "Which word starts with the same sound as thumb?",
    correct: "think",
    wrong: ["tub", "sun"],
    solution: [
      "Thumb starts with “th”.",
      "Think starts with “th” too.",
      "Tub starts with just “t”, a different sound.",
    ],
    hints: [
      "Listen to the first sound of thumb.",
      "Thumb starts with the letter team t-h, not just t.",
      "For example, three and thank both start with “th”.",
      "Put your tongue between your teeth and say each word. Which one starts that way?",
    ],
  },
  {
    key: "ch-end",
    prompt: "Which word ends with the letters ch?",
    correct: "lunch",
    wrong: ["lung", "plush"],
    solution: [
      "Lunch is spelled l-u-n-c-h.",
      "It ends with ch.",
      "Plush ends with sh and lung ends with ng.",
    ],
    hints: [
      "Listen to the last sound of each word.",
      "The “ch” sound is like the start of cheese.",
      "For example, peach ends with ch, and dish ends with sh.",
      "Which word ends with the “ch” sound from cheese?",
    ],
  },
]);

const LENA =
  "Lena went to the park with her dad. It was cold, so she wore her red mittens. She built a snowman by the slide. When she got home, one mitten was gone! Lena and Dad walked back to the park. The red mitten was on the snowman's nose.";
const MAX =
  "Max is a small brown puppy. Every morning he waits by the door for Sam. Sam takes Max for a walk to the pond. Max likes to watch the ducks, but he never chases them.";
const GARDEN =
  "Grandma and Ava planted seeds in May. They watered them every day. Soon tiny green leaves poked up. By summer, the garden was full of tall sunflowers and red tomatoes.";

const keyDetails = authoredItems("reading.1.rl.key-details", [
  {
    key: "lena-where",
    prompt: withPassage("Read the story.", LENA, "Where did Lena build the snowman?"),
    correct: "by the slide",
    wrong: ["in her yard", "by the pond"],
    solution: [
      "Find the sentence about the snowman.",
      "It says: “She built a snowman by the slide.”",
      "So the answer is by the slide.",
    ],
    hints: [
      "The answer is written in the story. Look for the word snowman.",
      "Find the sentence that tells what Lena built.",
      "For example, if a story says “Tom read a book under a tree,” then Tom read under a tree.",
      "Read the sentence “She built a snowman…” to the end. Where was it?",
    ],
  },
  {
    key: "lena-mitten",
    prompt: withPassage("Read the story.", LENA, "Where did Lena and Dad find the mitten?"),
    correct: "on the snowman's nose",
    wrong: ["in Dad's pocket", "under the slide"],
    solution: [
      "Look at the end of the story.",
      "It says the red mitten was on the snowman's nose.",
      "So they found it on the snowman's nose.",
    ],
    hints: [
      "The mitten is found near the end of the story.",
      "Read the last sentence carefully.",
      "For example, if a story ends “The cat was asleep in the basket,” the cat was found in the basket.",
      "The last sentence tells where the red mitten was. What was it on?",
    ],
  },
  {
    key: "max-color",
    prompt: withPassage("Read the story.", MAX, "What color is Max?"),
    correct: "brown",
    wrong: ["black", "white"],
    solution: [
      "The first sentence describes Max.",
      "It says Max is a small brown puppy.",
      "So Max is brown.",
    ],
    hints: [
      "Look for a describing word about Max.",
      "The first sentence tells what Max looks like.",
      "For example, in “Bella is a tall gray cat,” Bella's color is gray.",
      "Read the first sentence again: a small ___ puppy.",
    ],
  },
  {
    key: "max-walk",
    prompt: withPassage("Read the story.", MAX, "Where does Sam take Max for a walk?"),
    correct: "to the pond",
    wrong: ["to the store", "to school"],
    solution: [
      "Find the sentence with the word walk.",
      "It says Sam takes Max for a walk to the pond.",
      "So they walk to the pond.",
    ],
    hints: [
      "Look for the word walk in the story.",
      "The third sentence tells about the walk.",
      "For example, in “Mom drove us to the beach,” the place is the beach.",
      "Read “Sam takes Max for a walk to the…” What comes next?",
    ],
  },
  {
    key: "garden-who",
    prompt: withPassage("Read the story.", GARDEN, "Who planted the seeds with Ava?"),
    correct: "Grandma",
    wrong: ["her brother", "her teacher"],
    solution: [
      "The first sentence says who planted the seeds.",
      "“Grandma and Ava planted seeds in May.”",
      "So Grandma planted them with Ava.",
    ],
    hints: [
      "“Who” questions ask about a person.",
      "Look at the first sentence of the story.",
      "For example, in “Dad and Leo baked bread,” Leo baked with Dad.",
      "Which person's name comes before Ava in the first sentence?",
    ],
  },
  {
    key: "garden-what",
    prompt: withPassage("Read the story.", GARDEN, "What was growing in the garden by summer?"),
    correct: "sunflowers and tomatoes",
    wrong: ["apples and pears", "roses and tulips"],
    solution: [
      "Find the part of the story about summer.",
      "It says the garden was full of tall sunflowers and red tomatoes.",
      "So sunflowers and tomatoes were growing.",
    ],
    hints: [
      "Look for the word summer in the story.",
      "The last sentence tells what the garden was full of.",
      "For example, in “By fall, the tree was covered in apples,” apples grew on the tree.",
      "Read the last sentence. Which two plants does it name?",
    ],
  },
]);

const THEO =
  "Theo spent all morning building a tall tower of blocks. His little sister bumped the table, and the tower crashed down. Theo's face felt hot, and he wanted to shout. Instead, he took a deep breath. “Do you want to help me build it again?” he asked. His sister smiled and handed him a block.";
const PRIYA =
  "Priya practiced her spelling words every night for two weeks. On the day of the spelling bee, her hands shook as she walked to the front. Then the teacher said her word: garden. Priya smiled. She had practiced that word many times. She spelled it slowly and carefully, and she got it right.";
const OMAR =
  "Omar and his mom packed sandwiches and apples for a picnic. Just as they reached the park, dark clouds rolled in and rain began to pour. Omar frowned all the way home. Then Mom spread the picnic blanket on the living-room floor. “Indoor picnic!” she said. Omar laughed and took a big bite of his sandwich.";

const charactersAndEvents = authoredItems("reading.2.rl.characters-and-events", [
  {
    key: "theo-feel",
    prompt: withPassage("Read the story.", THEO, "How did Theo feel when the tower fell?"),
    correct: "upset",
    wrong: ["sleepy", "proud"],
    solution: [
      "The story says Theo's face felt hot and he wanted to shout.",
      "Those are signs of feeling upset or angry.",
      "So Theo felt upset.",
    ],
    hints: [
      "Authors often show feelings with clues instead of naming them.",
      "Look at what Theo's face did and what he wanted to do.",
      "For example, “Mia's eyes filled with tears” tells us Mia felt sad.",
      "A hot face and wanting to shout are clues. Which feeling do they show?",
    ],
  },
  {
    key: "theo-respond",
    prompt: withPassage("Read the story.", THEO, "What did Theo do after he took a deep breath?"),
    correct: "He asked his sister to help him build the tower again.",
    wrong: ["He shouted at his sister.", "He went outside to play."],
    solution: [
      "Find “he took a deep breath”.",
      "The next sentence is Theo asking, “Do you want to help me build it again?”",
      "So he asked his sister to help.",
    ],
    hints: [
      "Find the deep breath in the story, then read what happens next.",
      "The story says “Instead”, which means Theo did not do what he first wanted to do.",
      "For example, “Jess wanted to quit. Instead, she tried again” means Jess tried again.",
      "Read the sentence right after the deep breath. What did Theo ask?",
    ],
  },
  {
    key: "priya-shake",
    prompt: withPassage("Read the story.", PRIYA, "Why did Priya's hands shake?"),
    correct: "She was nervous about the spelling bee.",
    wrong: ["She was cold.", "She was hungry."],
    solution: [
      "Her hands shook as she walked to the front of the spelling bee.",
      "Shaking hands before a big event is a sign of being nervous.",
      "So she was nervous.",
    ],
    hints: [
      "Think about where Priya was when her hands shook.",
      "She was walking to the front at the spelling bee.",
      "For example, if someone's knees wobble before a race, they may feel nervous.",
      "What do many people feel just before they perform in front of others?",
    ],
  },
  {
    key: "priya-word",
    prompt: withPassage("Read the story.", PRIYA, "How did Priya feel when she heard her word?"),
    correct: "confident, because she had practiced it",
    wrong: ["angry, because it was too hard", "bored, because it was too easy"],
    solution: [
      "When she heard “garden”, Priya smiled.",
      "The story says she had practiced that word many times.",
      "So she felt confident.",
    ],
    hints: [
      "Look at what Priya did right after she heard the word.",
      "She smiled. The next sentence tells why.",
      "For example, “Ali grinned when he saw the math problem; he had solved one just like it” shows Ali felt sure of himself.",
      "Priya smiled and remembered practicing. Which choice matches that feeling and reason?",
    ],
  },
  {
    key: "omar-problem",
    prompt: withPassage("Read the story.", OMAR, "What problem happened in the story?"),
    correct: "It started to rain when they reached the park.",
    wrong: ["They forgot to pack the food.", "The park was closed."],
    solution: [
      "The second sentence tells what went wrong.",
      "Dark clouds rolled in and rain began to pour.",
      "So the problem was the rain.",
    ],
    hints: [
      "A problem is something that goes wrong for the characters.",
      "Look at what happened just as they reached the park.",
      "For example, in a story where a kite gets stuck in a tree, the stuck kite is the problem.",
      "Read the second sentence. What spoiled the picnic plan?",
    ],
  },
  {
    key: "omar-change",
    prompt: withPassage("Read the story.", OMAR, "How did Omar's feelings change?"),
    correct: "from disappointed to happy",
    wrong: ["from happy to angry", "from scared to sleepy"],
    solution: [
      "At first Omar frowned all the way home: he was disappointed.",
      "Then he laughed at the indoor picnic: he was happy.",
      "So he went from disappointed to happy.",
    ],
    hints: [
      "Look for how Omar acts in the middle and at the end.",
      "Find the words frowned and laughed.",
      "For example, “Zoe pouted when the game ended, but cheered when her friend suggested another” shows Zoe went from sad to happy.",
      "What does frowning show? What does laughing show? Put them in order.",
    ],
  },
]);

export const READING_K_2_ITEMS: Item[][] = [rhymingWords, digraphs, keyDetails, charactersAndEvents];
