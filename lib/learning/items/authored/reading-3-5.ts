import type { Item } from "@/lib/learning/types";
import { authoredItems, withPassage } from "./define-authored";

const OCTOPUS =
  "Octopuses are clever animals. They can twist open jars to reach food inside. Some octopuses carry coconut shells and use them as hiding places. In aquariums, scientists have watched octopuses solve puzzles and even sneak out of their tanks at night.";
const BIKES =
  "Riding a bike is good for people and for the planet. Pedaling makes your heart and legs stronger. Bikes do not give off smoke the way many cars do. A bike also takes up much less space than a car, so more people can travel on the same road.";
const BEES =
  "Honeybees share the work of their hive. Some bees fly out to gather nectar from flowers. Other bees build rooms of wax called cells. A few bees stand guard at the door. Each job helps the whole hive stay healthy.";

const mainIdea = authoredItems("reading.3.ri.main-idea", [
  {
    key: "octopus-main",
    prompt: withPassage("Read the text.", OCTOPUS, "What is the main idea of this text?"),
    correct: "Octopuses are clever animals.",
    wrong: ["Octopuses hide in coconut shells.", "Scientists work in aquariums."],
    solution: [
      "The first sentence says octopuses are clever.",
      "Every other sentence gives an example of something clever they do.",
      "So the main idea is that octopuses are clever animals.",
    ],
    hints: [
      "The main idea is what the whole text is mostly about, not just one detail.",
      "Check which choice the other sentences all support.",
      "For example, if a text says “Cats are good hunters. They sneak quietly. They pounce fast,” the main idea is that cats are good hunters.",
      "Opening jars, using shells and solving puzzles are all examples of what?",
    ],
  },
  {
    key: "octopus-detail",
    prompt: withPassage(
      "Read the text.",
      OCTOPUS,
      "Which detail supports the idea that octopuses are clever?",
    ),
    correct: "They can twist open jars to reach food inside.",
    wrong: ["Octopuses live in the ocean.", "Octopuses have eight arms."],
    solution: [
      "A supporting detail must come from the text and show cleverness.",
      "Twisting open a jar is a clever skill, and the text says it.",
      "The other choices are not in the text and are not about being clever.",
    ],
    hints: [
      "A supporting detail is a fact from the text that backs up the main idea.",
      "Check that the detail is actually in the text.",
      "For example, for “Cats are good hunters,” the detail “They pounce fast” supports it, but “Cats have whiskers” does not.",
      "Which choice is in the text AND shows an octopus doing something smart?",
    ],
  },
  {
    key: "bikes-main",
    prompt: withPassage("Read the text.", BIKES, "What is the main idea of this text?"),
    correct: "Riding a bike is good for people and for the planet.",
    wrong: ["Bikes are smaller than cars.", "Cars give off smoke."],
    solution: [
      "The first sentence states the big idea.",
      "The other sentences give reasons: health, no smoke, less space.",
      "So the main idea is that biking is good for people and the planet.",
    ],
    hints: [
      "Look for the sentence that the others explain.",
      "Often the main idea is in the first or last sentence.",
      "For example, in “Reading is fun. You visit new places. You meet new friends,” the main idea is that reading is fun.",
      "Which choice covers health, smoke AND space all at once?",
    ],
  },
  {
    key: "bikes-planet",
    prompt: withPassage("Read the text.", BIKES, "Which detail tells how bikes help the planet?"),
    correct: "Bikes do not give off smoke the way many cars do.",
    wrong: ["Pedaling makes your heart and legs stronger.", "Bikes have two wheels."],
    solution: [
      "Helping the planet means helping the air, land or water.",
      "Not giving off smoke keeps the air cleaner.",
      "So that detail tells how bikes help the planet.",
    ],
    hints: [
      "The main idea has two parts: people and the planet. This question is about the planet.",
      "Pedaling and strong legs help people, not the planet.",
      "For example, “Planting trees helps the planet because trees clean the air” is a planet detail.",
      "Which detail is about the air that everyone breathes?",
    ],
  },
  {
    key: "bees-main",
    prompt: withPassage("Read the text.", BEES, "What is the main idea of this text?"),
    correct: "Honeybees share jobs to keep the hive healthy.",
    wrong: ["Bees like flowers.", "Wax rooms are called cells."],
    solution: [
      "The text names several bee jobs: gathering, building, guarding.",
      "The last sentence says each job helps the whole hive.",
      "So the main idea is that bees share jobs to keep the hive healthy.",
    ],
    hints: [
      "Ask yourself: what is this whole text mostly about?",
      "The text lists different jobs. What do they have in common?",
      "For example, a text listing what a pilot, a cook and a cleaner do on a ship is mostly about how a ship's crew works together.",
      "Read the first and last sentences together. What idea do they share?",
    ],
  },
  {
    key: "bees-detail",
    prompt: withPassage(
      "Read the text.",
      BEES,
      "Which detail supports the idea that honeybees work together?",
    ),
    correct: "Some bees gather nectar while others build wax cells.",
    wrong: ["Honeybees are yellow and black.", "Flowers grow in the spring."],
    solution: [
      "Working together means different members doing different parts of the work.",
      "Some gathering while others build shows shared work.",
      "The other choices are not about teamwork and are not in the text.",
    ],
    hints: [
      "Find a detail that shows more than one bee helping.",
      "Look for a choice that names two different jobs.",
      "For example, “Some players defend while others score” shows a team working together.",
      "Which choice describes bees doing different jobs at the same time?",
    ],
  },
]);

const contextClues = authoredItems("reading.3.l.context-clues", [
  {
    key: "exhausted",
    prompt:
      "“The puppy was so exhausted after the long walk that it fell asleep right away.” What does exhausted mean?",
    correct: "very tired",
    wrong: ["very hungry", "very happy"],
    solution: [
      "The clues are “long walk” and “fell asleep right away”.",
      "A long walk makes you tired, and tired puppies fall asleep.",
      "So exhausted means very tired.",
    ],
    hints: [
      "Look at the other words in the sentence for clues.",
      "What happened after the long walk?",
      "For example, in “The giant elephant was too big for the door,” the clue “too big” tells you giant means very large.",
      "Which meaning explains why the puppy fell asleep right away?",
    ],
  },
  {
    key: "scalding",
    prompt:
      "“The soup was scalding, so Mia waited for it to cool before she took a sip.” What does scalding mean?",
    correct: "very hot",
    wrong: ["very salty", "very cold"],
    solution: [
      "Mia waited for the soup to cool.",
      "You wait for something to cool when it is too hot.",
      "So scalding means very hot.",
    ],
    hints: [
      "What did Mia do before she tasted the soup?",
      "The word “cool” is a clue. Why would soup need to cool?",
      "For example, in “The floor was slick, so Dan slipped,” slick means slippery.",
      "If Mia had to wait for it to cool, what was the soup like at first?",
    ],
  },
  {
    key: "famished",
    prompt:
      "“Ben was famished after soccer practice, so he ate two big bowls of pasta.” What does famished mean?",
    correct: "very hungry",
    wrong: ["very tired", "very angry"],
    solution: [
      "Ben ate two big bowls of pasta.",
      "People eat a lot when they are very hungry.",
      "So famished means very hungry.",
    ],
    hints: [
      "The word “so” tells you what happened because of how Ben felt.",
      "What did Ben do because he was famished?",
      "For example, in “Kim was parched, so she drank three glasses of water,” parched means very thirsty.",
      "Eating two big bowls of pasta shows Ben felt how?",
    ],
  },
  {
    key: "narrow",
    prompt: "“The path was so narrow that we had to walk one at a time.” What does narrow mean?",
    correct: "not wide",
    wrong: ["very long", "very muddy"],
    solution: [
      "We had to walk one at a time.",
      "That happens when there is not enough room side by side.",
      "So narrow means not wide.",
    ],
    hints: [
      "Think about why people would have to walk one at a time.",
      "The path did not have room for two people next to each other.",
      "For example, in “The shelf was sturdy enough to hold heavy books,” sturdy means strong.",
      "Which meaning would stop two people from walking side by side?",
    ],
  },
  {
    key: "timid",
    prompt: "“The timid kitten hid under the bed whenever visitors came.” What does timid mean?",
    correct: "shy and easily frightened",
    wrong: ["brave and bold", "loud and noisy"],
    solution: [
      "The kitten hid whenever visitors came.",
      "Animals hide when they feel shy or scared.",
      "So timid means shy and easily frightened.",
    ],
    hints: [
      "What did the kitten do when visitors came?",
      "Hiding is a clue about how the kitten felt.",
      "For example, in “The curious boy asked about everything he saw,” curious means eager to know.",
      "Which meaning explains why a kitten would hide from new people?",
    ],
  },
  {
    key: "murky",
    prompt:
      "“After the storm, the river was so murky that we could not see the bottom.” What does murky mean?",
    correct: "cloudy and dark",
    wrong: ["fast and loud", "frozen and hard"],
    solution: [
      "We could not see the bottom of the river.",
      "Water you cannot see through is cloudy or dark.",
      "So murky means cloudy and dark.",
    ],
    hints: [
      "Read the part after “so that”.",
      "Why could no one see the bottom of the river?",
      "For example, in “The window was so grimy we could not see out,” grimy means very dirty.",
      "Which meaning would stop you from seeing through the water?",
    ],
  },
]);

const ANT =
  "An ant found a pebble blocking the door of her tunnel. She pushed and pushed all day, but the pebble would not move. At sunset, her friends came marching home. “We'll help,” they said. Together, they rolled the pebble away in less than a minute.";
const KITE =
  "Jun's new kite crashed on its first flight. It crashed again, and again. Each time, Jun checked the tail, fixed a knot, and tried once more. On the tenth try, the wind caught the kite and lifted it high above the trees. Jun grinned all the way home.";
const LUNCH =
  "At lunch, Rosa noticed that the new girl, Dana, had nothing to eat. Rosa broke her sandwich in half and slid one piece across the table. The next week, Dana saved Rosa a seat on the bus. By the end of the month, they were best friends.";
const ROOSTER =
  "Rooster crowed every morning that he was the fastest animal on the farm, so he never bothered to practice. Goat said little, but she jogged around the pond each day. When the farm held a race, Goat crossed the finish line first while Rooster was still catching his breath.";
const WALLET =
  "Eli found a wallet on the sidewalk. Inside were some bills and a library card. Eli could have kept the money, but he carried the wallet to the library desk. An hour later, the owner rushed in, and her worried face broke into a smile.";
const TREE =
  "Nia planted a tiny apple tree and checked it every day. “It's not growing!” she complained. “Trees take time,” said her grandfather. Years later, Nia sat in the tree's cool shade and shared its apples with her little brother.";

const themeHints = (clue: string, step: string): [string, string, string, string] => [
  "The theme is the lesson or big idea of the story, not just what happened.",
  clue,
  "For example, in a story where a boy tells a lie and then loses his friend's trust, the theme could be “Honesty builds trust.”",
  step,
];

const theme = authoredItems("reading.4.rl.theme", [
  {
    key: "ant",
    prompt: withPassage("Read the story.", ANT, "What is the theme of this story?"),
    correct: "Working together can solve big problems.",
    wrong: ["Ants are very small.", "Pebbles are heavy."],
    solution: [
      "Alone, the ant could not move the pebble all day.",
      "With her friends, it took less than a minute.",
      "The lesson is that working together can solve big problems.",
    ],
    hints: themeHints(
      "Compare what happened when the ant worked alone with what happened when friends helped.",
      "The ant failed alone and succeeded with friends. What lesson does that teach?",
    ),
  },
  {
    key: "kite",
    prompt: withPassage("Read the story.", KITE, "What is the theme of this story?"),
    correct: "Keep trying, even when things are hard.",
    wrong: ["Kites need wind to fly.", "Trees can be very tall."],
    solution: [
      "Jun's kite crashed many times.",
      "He kept fixing it and trying again, and finally it flew.",
      "The lesson is to keep trying even when things are hard.",
    ],
    hints: themeHints(
      "Notice what Jun did each time the kite crashed.",
      "Jun tried ten times before it worked. What does that teach about not giving up?",
    ),
  },
  {
    key: "lunch",
    prompt: withPassage("Read the story.", LUNCH, "What is the theme of this story?"),
    correct: "Kindness can lead to friendship.",
    wrong: ["Sandwiches taste better when shared.", "Buses have many seats."],
    solution: [
      "Rosa shared her lunch with Dana.",
      "Dana returned the kindness, and they became best friends.",
      "The lesson is that kindness can lead to friendship.",
    ],
    hints: themeHints(
      "What did Rosa do, and what happened because of it?",
      "Rosa's kind act came first and a friendship followed. What big idea links them?",
    ),
  },
  {
    key: "rooster",
    prompt: withPassage("Read the story.", ROOSTER, "What is the theme of this story?"),
    correct: "Hard work matters more than bragging.",
    wrong: ["Goats like to run.", "Farms have many animals."],
    solution: [
      "Rooster bragged but never practiced.",
      "Goat quietly practiced every day and won the race.",
      "The lesson is that hard work matters more than bragging.",
    ],
    hints: themeHints(
      "Compare what Rooster did with what Goat did before the race.",
      "One animal talked and one animal practiced. Which one won, and what does that teach?",
    ),
  },
  {
    key: "wallet",
    prompt: withPassage("Read the story.", WALLET, "What is the theme of this story?"),
    correct: "Being honest is the right thing to do.",
    wrong: ["Libraries have front desks.", "Wallets can hold money."],
    solution: [
      "Eli could have kept the money but returned the wallet.",
      "The owner was relieved and happy.",
      "The lesson is that being honest is the right thing to do.",
    ],
    hints: themeHints(
      "Think about the choice Eli had and the choice he made.",
      "Eli chose to return the wallet, and it made the owner smile. What value does that show?",
    ),
  },
  {
    key: "tree",
    prompt: withPassage("Read the story.", TREE, "What is the theme of this story?"),
    correct: "Some good things take time and patience.",
    wrong: ["Apple trees give shade.", "Grandfathers like gardens."],
    solution: [
      "Nia was upset that the tree grew slowly.",
      "Years later it gave her shade and apples.",
      "The lesson is that some good things take time and patience.",
    ],
    hints: themeHints(
      "How did Nia feel at the start, and what did she have at the end?",
      "Nia waited years for the tree. What does the ending teach about waiting?",
    ),
  },
]);

const synonymsAntonyms = authoredItems("reading.4.l.synonyms-antonyms", [
  {
    key: "happy",
    prompt: "Which word is a synonym for happy?",
    correct: "glad",
    wrong: ["sad", "angry"],
    solution: [
      "A synonym means almost the same thing.",
      "Glad means pleased or happy.",
      "So glad is a synonym for happy.",
    ],
    hints: [
      "Synonyms mean the same or almost the same. Antonyms mean the opposite.",
      "Look for a word you could swap for happy in a sentence.",
      "For example, big and large are synonyms.",
      "Try each word in “I am ___ to see you.” Which keeps the same meaning?",
    ],
  },
  {
    key: "ancient",
    prompt: "Which word is an antonym of ancient?",
    correct: "modern",
    wrong: ["old", "huge"],
    solution: [
      "Ancient means very old.",
      "An antonym is an opposite.",
      "The opposite of very old is modern (new).",
    ],
    hints: [
      "An antonym is a word with the opposite meaning.",
      "Ancient means very, very old.",
      "For example, the antonym of noisy is quiet.",
      "Which word means new or from today?",
    ],
  },
  {
    key: "enormous",
    prompt: "Which word means almost the same as enormous?",
    correct: "huge",
    wrong: ["tiny", "quiet"],
    solution: ["Enormous means very big.", "Huge also means very big.", "So huge is a synonym for enormous."],
    hints: [
      "You are looking for a synonym.",
      "Think of an enormous whale. What does enormous tell you about its size?",
      "For example, a synonym for quick is fast.",
      "Which word also describes something very big?",
    ],
  },
  {
    key: "generous",
    prompt: "Choose the antonym of generous.",
    correct: "selfish",
    wrong: ["kind", "giving"],
    solution: [
      "A generous person shares freely.",
      "The opposite is someone who does not share.",
      "So selfish is the antonym.",
    ],
    hints: [
      "Careful: two choices are synonyms, not antonyms.",
      "A generous person likes to share and give.",
      "For example, the antonym of brave is cowardly.",
      "Which word describes someone who keeps everything for themselves?",
    ],
  },
  {
    key: "gloomy",
    prompt: "“The sky was gloomy all afternoon.” Which word means the opposite of gloomy?",
    correct: "bright",
    wrong: ["dark", "cloudy"],
    solution: [
      "A gloomy sky is dark and gray.",
      "The opposite of dark and gray is bright.",
      "So bright is the antonym.",
    ],
    hints: [
      "First work out what gloomy means from the sentence.",
      "A gloomy sky is dark and gray. Dark and cloudy mean almost the same as gloomy.",
      "For example, the opposite of a damp towel is a dry towel.",
      "Which choice describes a sky full of sunshine?",
    ],
  },
  {
    key: "pair",
    prompt: "Which pair of words are synonyms?",
    correct: "begin and start",
    wrong: ["hot and cold", "up and down"],
    solution: [
      "Begin and start mean the same thing.",
      "Hot and cold, and up and down, are opposites.",
      "So begin and start are synonyms.",
    ],
    hints: [
      "Synonyms have the same meaning. Opposites are antonyms.",
      "Two of the pairs are opposites.",
      "For example, shut and close are synonyms.",
      "Which pair could you swap in “Let's ___ the game” without changing the meaning?",
    ],
  },
]);

const inferHints = (clue: string, step: string): [string, string, string, string] => [
  "An inference is a smart guess that uses clues from the text plus what you already know.",
  clue,
  "For example, if a text says “Sam shook out his wet umbrella,” you can infer that it was raining, even though the text never says so.",
  step,
];

const inference = authoredItems("reading.5.rl.inference", [
  {
    key: "marcus",
    prompt: withPassage(
      "Read the passage.",
      "Marcus set his alarm an hour early and laid his best shirt over the chair. Before breakfast, he practiced his speech twice in front of the mirror. On his way out the door, he checked his note cards one last time.",
      "What can you infer about Marcus?",
    ),
    correct: "He has an important speech and wants to do well.",
    wrong: ["He is leaving for a vacation.", "He overslept and is running late."],
    solution: [
      "Clues: early alarm, best shirt, practicing a speech, checking note cards.",
      "People prepare like this for an important talk.",
      "So Marcus has an important speech and wants to do well.",
    ],
    hints: inferHints(
      "List the things Marcus does to get ready.",
      "Best shirt, practice and note cards: what event do all three point to?",
    ),
  },
  {
    key: "grandpa",
    prompt: withPassage(
      "Read the passage.",
      "When Grandpa opened the front door, his glasses fogged up and snow slid off his boots onto the mat. He rubbed his hands together and headed straight for the fireplace.",
      "What is the weather probably like outside?",
    ),
    correct: "cold and snowy",
    wrong: ["hot and sunny", "warm and rainy"],
    solution: [
      "Clues: snow on his boots, rubbing his hands, going to the fire.",
      "These show it is cold and snowy outside.",
      "The text never says the weather, but the clues show it.",
    ],
    hints: inferHints(
      "Look for clues on Grandpa's boots and in what he does with his hands.",
      "Snow on boots and a rush to the fire: what weather causes that?",
    ),
  },
  {
    key: "kenji",
    prompt: withPassage(
      "Read the passage.",
      "The classroom went quiet. Ms. Ortiz held up the jar that had been full of marbles on Monday. Now it was empty. Kenji's cheeks turned pink, and he stared down at his shoes.",
      "What does Kenji's reaction suggest?",
    ),
    correct: "He may know what happened to the marbles.",
    wrong: ["He is feeling sick.", "He is excited about a trip."],
    solution: [
      "Kenji blushes and looks at his shoes when the empty jar is shown.",
      "People often do that when they feel guilty or embarrassed.",
      "So he may know what happened to the marbles.",
    ],
    hints: inferHints(
      "Notice exactly when Kenji's cheeks turn pink.",
      "Pink cheeks and looking down right when the empty jar appears: what feeling is that, and why?",
    ),
  },
  {
    key: "isla",
    prompt: withPassage(
      "Read the passage.",
      "Isla pressed her nose against the pet shop window for the third time that week. Inside, a gray kitten batted at a string. At home, she counted the coins in her jar again and sighed. Still not enough.",
      "What does Isla most likely want?",
    ),
    correct: "to buy the kitten from the pet shop",
    wrong: ["to clean the shop window", "to learn to count coins"],
    solution: [
      "Isla keeps visiting the pet shop and watches the kitten.",
      "She counts her savings and finds it is not enough.",
      "So she most likely wants to buy the kitten.",
    ],
    hints: inferHints(
      "What does Isla keep looking at, and what is she saving for?",
      "She watches the kitten and counts her coins. Put those two clues together.",
    ),
  },
  {
    key: "garden",
    prompt: withPassage(
      "Read the passage.",
      "The garden hose lay coiled and dusty by the gate. The flowers drooped over the path, and the soil had cracked into little squares.",
      "What can you infer about the garden?",
    ),
    correct: "It has not been watered for a while.",
    wrong: ["It rained there yesterday.", "The flowers were just planted."],
    solution: [
      "Clues: a dusty hose, drooping flowers, cracked soil.",
      "Those are signs of dry ground and thirsty plants.",
      "So the garden has not been watered for a while.",
    ],
    hints: inferHints(
      "Look at the hose, the flowers and the soil.",
      "A dusty hose and cracked soil: would they look like that if someone watered every day?",
    ),
  },
  {
    key: "dev",
    prompt: withPassage(
      "Read the passage.",
      "Dev's team lost the final match. On the bus home, while others stared out of the windows, Dev was already sketching new plays in his notebook. “When is our first practice next season?” he asked the coach.",
      "What does this tell you about Dev?",
    ),
    correct: "He is determined to improve.",
    wrong: ["He wants to quit the team.", "He does not care about the game."],
    solution: [
      "After losing, Dev plans new plays and asks about practice.",
      "That shows he wants to get better, not give up.",
      "So Dev is determined to improve.",
    ],
    hints: inferHints(
      "What does Dev do right after the loss, and what does he ask?",
      "Sketching plays and asking about practice: do those sound like quitting or like trying harder?",
    ),
  },
]);

export const READING_3_5_ITEMS: Item[][] = [mainIdea, contextClues, theme, synonymsAntonyms, inference];
