import type { Item } from "@/lib/learning/types";
import { authoredItems } from "./define-authored";

const pushesAndPulls = authoredItems("science.k.ps.pushes-and-pulls", [
  {
    key: "drawer",
    prompt: "To open a drawer toward you, do you push it or pull it?",
    correct: "pull",
    wrong: ["push"],
    solution: [
      "Opening a drawer brings it toward you.",
      "Moving something toward you is a pull.",
      "So you pull the drawer.",
    ],
    hints: [
      "A push moves something away from you. A pull moves something toward you.",
      "Which way does the drawer move when it opens?",
      "For example, closing a door by pressing it away from you is a push.",
      "The drawer comes toward you. Is that a push or a pull?",
    ],
  },
  {
    key: "faster",
    prompt: "A ball is rolling slowly across the floor. What could make it roll faster?",
    correct: "giving it a harder push",
    wrong: ["looking at it", "putting a pillow in front of it"],
    solution: [
      "Pushes and pulls change how things move.",
      "A harder push in the same direction makes the ball speed up.",
      "A pillow would slow it down or stop it.",
    ],
    hints: [
      "Think about what changes the way things move.",
      "A push in the same direction the ball is going can speed it up.",
      "For example, pushing a swing harder makes it go higher and faster.",
      "Which choice is a push in the direction the ball is already rolling?",
    ],
  },
  {
    key: "kick",
    prompt: "A soccer ball rolls toward you and you kick it back the way it came. What did your kick do?",
    correct: "changed the ball's direction",
    wrong: ["made the ball float", "made the ball smaller"],
    solution: [
      "The ball was coming toward you.",
      "After your kick, it went back the other way.",
      "So the kick changed its direction.",
    ],
    hints: [
      "Compare how the ball moved before and after the kick.",
      "Before: toward you. After: away from you.",
      "For example, when a tennis racket hits a ball, the ball bounces back the other way.",
      "The ball now moves the opposite way. Which choice describes that?",
    ],
  },
  {
    key: "which-pull",
    prompt: "Which of these is a pull?",
    correct: "tugging a wagon by its handle",
    wrong: ["kicking a ball", "pressing a doorbell"],
    solution: [
      "Kicking and pressing move things away from you: pushes.",
      "Tugging a wagon brings it along toward you.",
      "So tugging a wagon is a pull.",
    ],
    hints: [
      "A pull brings something toward you.",
      "Imagine doing each action. Which way does the object move?",
      "For example, pulling a rope in tug-of-war brings the rope toward you.",
      "Which action makes the object follow you?",
    ],
  },
  {
    key: "heavy-wagon",
    prompt: "A wagon full of rocks is hard to move. What is the best way to get it moving?",
    correct: "push or pull harder, or get a friend to help",
    wrong: ["wait for it to move on its own", "add more rocks"],
    solution: [
      "Heavy things need a bigger push or pull to start moving.",
      "Pushing harder, or two people pushing, makes a bigger push.",
      "More rocks would make it even harder.",
    ],
    hints: [
      "Things do not start moving by themselves.",
      "Heavier things need a stronger push or pull.",
      "For example, it takes two people to carry a big table because it is heavy.",
      "Which choice makes the push or pull stronger?",
    ],
  },
  {
    key: "stop",
    prompt: "A toy car is rolling toward the edge of a table. How could you stop it?",
    correct: "push against it with your hand",
    wrong: ["clap your hands", "tell it to stop"],
    solution: [
      "To stop something moving, you push or pull against its motion.",
      "Your hand pushing against the car stops it.",
      "Clapping or talking does not push the car.",
    ],
    hints: [
      "Moving things keep moving until a push or pull changes them.",
      "Stopping a moving thing needs a push in the opposite direction.",
      "For example, a goalkeeper stops a ball by blocking it with their hands.",
      "Which choice actually touches the car and pushes back against it?",
    ],
  },
]);

const livingThingsNeeds = authoredItems("science.k.ls.living-things-needs", [
  {
    key: "animals",
    prompt: "What do all animals need to live?",
    correct: "food, water and air",
    wrong: ["toys and games", "sunglasses and hats"],
    solution: [
      "Animals need to eat, drink and breathe.",
      "So they need food, water and air.",
      "Toys and sunglasses are nice, but not needed to live.",
    ],
    hints: [
      "Think about what your body needs every day to stay alive.",
      "You eat, you drink and you breathe.",
      "For example, a pet goldfish needs food and clean water to stay healthy.",
      "Which choice lists things for eating, drinking and breathing?",
    ],
  },
  {
    key: "droopy",
    prompt: "A plant on a windowsill has droopy leaves and very dry soil. What does it need most?",
    correct: "water",
    wrong: ["a blanket", "music"],
    solution: [
      "Dry soil means the plant has not had water.",
      "Droopy leaves are a sign of a thirsty plant.",
      "So it needs water.",
    ],
    hints: [
      "Look at the clues: droopy leaves and dry soil.",
      "Plants need water, light and air.",
      "For example, a plant kept in a dark closet turns pale because it needs light.",
      "Dry soil is missing something. What?",
    ],
  },
  {
    key: "not-need",
    prompt: "Which of these is NOT something a plant needs?",
    correct: "candy",
    wrong: ["sunlight", "water"],
    solution: [
      "Plants need sunlight, water and air.",
      "Plants make their own food using light.",
      "Candy is not something a plant needs.",
    ],
    hints: [
      "Two choices are real plant needs.",
      "Plants need light, water and air to grow.",
      "For example, a bean plant grows well on a sunny windowsill with regular water.",
      "Which choice would never help a plant grow?",
    ],
  },
  {
    key: "deer",
    prompt: "Where does a deer get its food?",
    correct: "It eats plants, like grass and leaves.",
    wrong: ["It makes food from sunlight.", "It does not need food."],
    solution: [
      "Animals cannot make their own food.",
      "Deer eat grass, leaves and twigs.",
      "So a deer gets food by eating plants.",
    ],
    hints: [
      "Only plants can make food from sunlight.",
      "Animals get food by eating plants or other animals.",
      "For example, a rabbit nibbles clover and lettuce.",
      "What have you seen deer eating in a field or forest?",
    ],
  },
  {
    key: "window",
    prompt: "Why does a plant on a windowsill lean toward the window?",
    correct: "It needs light to make its food.",
    wrong: ["It wants to look outside.", "It is trying to stay cold."],
    solution: [
      "Light comes in through the window.",
      "Plants use light to make their food.",
      "So plants grow toward the light.",
    ],
    hints: [
      "Think about what comes in through a window.",
      "Plants need light to make food.",
      "For example, sunflowers turn their heads to face the sun.",
      "The window lets in light. Why would the plant want more of it?",
    ],
  },
  {
    key: "fish",
    prompt: "A fish lives underwater its whole life. What body part helps it get air from the water?",
    correct: "gills",
    wrong: ["a nose above the water", "its fins"],
    solution: [
      "Fish need air too, but they live in water.",
      "Gills take in the air that is mixed into the water.",
      "So gills help a fish breathe.",
    ],
    hints: [
      "Fish need air, just like us, but they get it in a different way.",
      "Fish have special openings on the sides of their heads.",
      "For example, we use lungs to take air in and out.",
      "Which body part on the side of a fish's head helps it breathe in water?",
    ],
  },
]);

const soundAndLight = authoredItems("science.1.ps.sound-and-light", [
  {
    key: "guitar",
    prompt: "What makes the sound when you pluck a guitar string?",
    correct: "The string vibrates, moving quickly back and forth.",
    wrong: ["The string gets hot.", "The string changes color."],
    solution: [
      "Plucking the string makes it shake very fast.",
      "That fast shaking is called vibrating.",
      "Vibrations make sound.",
    ],
    hints: [
      "Watch a plucked string closely: it looks blurry.",
      "Sound is made when something vibrates.",
      "For example, a drum skin shakes when you hit it, and that makes the drum sound.",
      "What is the string doing when it looks blurry?",
    ],
  },
  {
    key: "hum",
    prompt: "Put your hand gently on your throat and hum. What do you feel?",
    correct: "a buzzing vibration",
    wrong: ["nothing at all", "cold air"],
    solution: [
      "Humming makes parts of your throat vibrate.",
      "You can feel that vibration with your hand.",
      "Vibrations are how your voice makes sound.",
    ],
    hints: [
      "Sounds come from things that vibrate.",
      "Your voice is made inside your throat.",
      "For example, if you touch a speaker that is playing music, you can feel it buzz.",
      "When you hum, what would your hand feel if your throat is vibrating?",
    ],
  },
  {
    key: "dark-room",
    prompt: "In a room with no light at all, can you see a red ball on the floor?",
    correct: "No, because we need light to see things.",
    wrong: ["Yes, because red is a bright color.", "Yes, if you look very hard."],
    solution: [
      "We see objects when light bounces off them into our eyes.",
      "With no light, nothing bounces into our eyes.",
      "So you cannot see the ball.",
    ],
    hints: [
      "Think about how you see things.",
      "Light has to bounce off an object and reach your eyes.",
      "For example, a cave deep underground is completely dark until you switch on a flashlight.",
      "If there is no light at all, what can bounce off the ball?",
    ],
  },
  {
    key: "glass",
    prompt: "Which material lets the most light pass through it?",
    correct: "clear glass",
    wrong: ["wood", "cardboard"],
    solution: [
      "Wood and cardboard block light.",
      "Clear glass lets light through, which is why windows are made of it.",
      "So clear glass lets the most light through.",
    ],
    hints: [
      "Some materials let light through; others block it.",
      "Think about what windows are made of.",
      "For example, waxed paper lets a little light through, but a book blocks it all.",
      "Which material can you see through?",
    ],
  },
  {
    key: "shadow",
    prompt: "What makes a shadow?",
    correct: "an object blocking light",
    wrong: ["light bouncing off water", "a loud noise"],
    solution: [
      "Light travels in straight lines.",
      "When an object blocks the light, a dark area forms behind it.",
      "That dark area is a shadow.",
    ],
    hints: [
      "Shadows appear on sunny days and under lamps.",
      "A shadow is a place where light cannot reach.",
      "For example, a tree blocks sunlight and makes shade under it.",
      "What stops light from reaching the ground behind you on a sunny day?",
    ],
  },
  {
    key: "mirror",
    prompt: "What does a mirror do to light?",
    correct: "It reflects light, bouncing it back.",
    wrong: ["It soaks up all the light.", "It makes new light."],
    solution: [
      "A mirror is very smooth and shiny.",
      "Light hitting it bounces back: it is reflected.",
      "That is how you see yourself in a mirror.",
    ],
    hints: [
      "Think about why you can see yourself in a mirror.",
      "Light from you hits the mirror and comes back to your eyes.",
      "For example, a shiny spoon also shows a picture of your face.",
      "Which choice means the light bounces back?",
    ],
  },
]);

const skyPatterns = authoredItems("science.1.ess.sky-patterns", [
  {
    key: "rise",
    prompt: "Where does the sun seem to rise each morning?",
    correct: "in the east",
    wrong: ["in the west", "straight overhead"],
    solution: [
      "Every morning the sun appears on the eastern side of the sky.",
      "It moves across the sky during the day.",
      "It sets in the west in the evening.",
    ],
    hints: [
      "The sun follows the same path every day.",
      "It rises on one side of the sky and sets on the opposite side.",
      "For example, the sun sets in the west, so in the evening the western sky glows orange.",
      "If the sun sets in the west, where must it rise?",
    ],
  },
  {
    key: "shadow-noon",
    prompt: "On a sunny day, when is your shadow the shortest?",
    correct: "around noon, when the sun is highest",
    wrong: ["early in the morning", "at sunset"],
    solution: [
      "When the sun is low, shadows are long.",
      "Around noon the sun is highest in the sky.",
      "So shadows are shortest around noon.",
    ],
    hints: [
      "Shadow length depends on how high the sun is.",
      "A low sun makes long shadows; a high sun makes short ones.",
      "For example, at sunset your shadow can stretch far across the playground.",
      "When is the sun highest in the sky?",
    ],
  },
  {
    key: "long-days",
    prompt: "In which season are the days longest, with the most hours of daylight?",
    correct: "summer",
    wrong: ["winter", "fall"],
    solution: [
      "The number of daylight hours changes through the year.",
      "Summer has the longest days.",
      "Winter has the shortest days.",
    ],
    hints: [
      "Think about when it is still light outside after dinner.",
      "In one season it gets dark very early; in another it stays light late.",
      "For example, in winter it can be dark by 5 o'clock.",
      "In which season can you play outside in daylight late into the evening?",
    ],
  },
  {
    key: "stars-day",
    prompt: "Why can we see stars at night but not during the day?",
    correct: "The sun's bright light hides them during the day.",
    wrong: ["The stars go away during the day.", "Stars only shine at night."],
    solution: [
      "Stars are always in the sky.",
      "During the day, sunlight is so bright that we cannot see their dimmer light.",
      "At night, the sky is dark enough to see them.",
    ],
    hints: [
      "The stars do not actually leave the sky.",
      "Think about what is very bright in the daytime sky.",
      "For example, a flashlight is easy to see at night but hard to notice on a sunny beach.",
      "What bright light fills the sky during the day?",
    ],
  },
  {
    key: "moon-phases",
    prompt:
      "The moon seems to change shape over about a month, from full to thin and back. What is this pattern called?",
    correct: "the phases of the moon",
    wrong: ["the moon's weather", "the moon's seasons"],
    solution: [
      "The moon looks different as the month goes on.",
      "These changing shapes repeat every month.",
      "They are called the phases of the moon.",
    ],
    hints: [
      "This pattern repeats about every month.",
      "Names for it include full moon and crescent moon.",
      "For example, a full moon looks like a whole circle, and a crescent looks like a thin smile.",
      "Which choice is the name for the moon's changing shapes?",
    ],
  },
  {
    key: "set",
    prompt: "In which direction does the sun seem to set in the evening?",
    correct: "in the west",
    wrong: ["in the east", "in the south"],
    solution: [
      "The sun rises in the east.",
      "It moves across the sky during the day.",
      "It sets in the west.",
    ],
    hints: [
      "The sun moves across the sky from one side to the other.",
      "It sets on the opposite side from where it rises.",
      "For example, people watching a sunrise face east.",
      "The sun rises in the east. Where does it set?",
    ],
  },
]);

const statesOfMatter = authoredItems("science.2.ps.states-of-matter", [
  {
    key: "ice",
    prompt: "Is ice a solid, a liquid or a gas? Type one word.",
    accepted: ["solid", "a solid"],
    solution: [
      "Ice keeps its own shape.",
      "Things that keep their own shape are solids.",
      "So ice is a solid.",
    ],
    hints: [
      "Solids keep their shape, liquids flow and take the shape of their container, and gases spread out to fill a space.",
      "Does an ice cube keep its shape when you put it on a plate?",
      "For example, a wooden block keeps its shape, so it is a solid.",
      "An ice cube keeps its cube shape. Which state of matter does that?",
    ],
  },
  {
    key: "ice-pop",
    prompt: "What happens to an ice pop left in the hot sun?",
    correct: "It melts into a liquid.",
    wrong: ["It turns into sand.", "It gets harder."],
    solution: [
      "Heat warms the frozen ice pop.",
      "When a solid warms up enough, it melts.",
      "It becomes a liquid.",
    ],
    hints: [
      "Heating can change a solid into a liquid.",
      "The sun warms the ice pop.",
      "For example, butter in a warm pan melts into a liquid.",
      "What happens to frozen things when they get warm?",
    ],
  },
  {
    key: "which-liquid",
    prompt: "Which of these is a liquid?",
    correct: "milk",
    wrong: ["a rock", "a wooden spoon"],
    solution: [
      "Liquids flow and take the shape of their container.",
      "Milk pours and fills the shape of a glass.",
      "Rocks and spoons keep their own shape: they are solids.",
    ],
    hints: [
      "A liquid can be poured.",
      "Which choice would take the shape of the cup you pour it into?",
      "For example, juice is a liquid because it flows and fills its glass.",
      "Which choice could you pour from a carton into a glass?",
    ],
  },
  {
    key: "rock-solid",
    prompt: "Which clue tells you that a rock is a solid?",
    correct: "It keeps its own shape.",
    wrong: ["It flows when you tip it.", "It spreads out to fill a room."],
    solution: [
      "Solids keep their own shape.",
      "A rock stays the same shape whatever container it is in.",
      "That is the clue that it is a solid.",
    ],
    hints: [
      "Each state of matter has a different way of behaving.",
      "Liquids flow, gases spread out, and solids keep their shape.",
      "For example, a pencil is the same shape in a cup or on a desk, so it is a solid.",
      "What does a rock do in a cup or on the ground: change shape or stay the same?",
    ],
  },
  {
    key: "boil",
    prompt: "When water boils in a pot, some of it turns into what?",
    correct: "water vapor, a gas",
    wrong: ["ice, a solid", "sand"],
    solution: [
      "Heating water a lot makes it boil.",
      "Boiling water changes into a gas called water vapor.",
      "That is why the water level in the pot goes down.",
    ],
    hints: [
      "Heating can change a liquid into a gas.",
      "Think about the steamy air above a boiling pot.",
      "For example, a puddle disappears on a hot day because the water turns into a gas.",
      "What is the name of water when it is a gas?",
    ],
  },
  {
    key: "raincoat",
    prompt: "Which material would be best for a raincoat?",
    correct: "plastic, because it keeps water out",
    wrong: ["paper, because it is light", "cotton balls, because they are soft"],
    solution: [
      "A raincoat must keep you dry.",
      "Plastic is waterproof: water runs off it.",
      "Paper and cotton soak up water.",
    ],
    hints: [
      "Think about the job a raincoat has to do.",
      "The best material will not let water soak through.",
      "For example, rain boots are made of rubber because rubber keeps water out.",
      "Which material would keep you dry in the rain?",
    ],
  },
]);

const lifeCycles = authoredItems("science.3.ls.life-cycles", [
  {
    key: "butterfly",
    prompt: "What is the correct order of a butterfly's life cycle?",
    correct: "egg → caterpillar → chrysalis → adult butterfly",
    wrong: [
      "caterpillar → egg → adult butterfly → chrysalis",
      "egg → adult butterfly → caterpillar → chrysalis",
    ],
    solution: [
      "A butterfly starts as an egg.",
      "A caterpillar hatches, eats and grows, then forms a chrysalis.",
      "The adult butterfly comes out of the chrysalis.",
    ],
    hints: [
      "Every life cycle starts at the very beginning of life.",
      "A caterpillar hatches out of something, and a butterfly comes out of something.",
      "For example, a chicken's life cycle is egg → chick → adult hen.",
      "Start with the egg. What hatches from it, and what does that turn into?",
    ],
  },
  {
    key: "tadpole",
    prompt: "A tadpole will grow up into a…",
    correct: "frog",
    wrong: ["fish", "turtle"],
    solution: [
      "Frogs lay eggs in water.",
      "Tadpoles hatch, grow legs and lose their tails.",
      "They become adult frogs.",
    ],
    hints: [
      "A tadpole is a young stage of an animal that lives in and near ponds.",
      "Tadpoles slowly grow legs.",
      "For example, a caterpillar is the young stage of a butterfly.",
      "Which animal starts as a tadpole in a pond and later hops on land?",
    ],
  },
  {
    key: "all-cycles",
    prompt: "What do the life cycles of all plants and animals include?",
    correct: "being born, growing, reproducing and dying",
    wrong: ["only growing bigger", "learning to fly"],
    solution: [
      "Every living thing begins life and grows.",
      "Adults make new living things (reproduce).",
      "Eventually they die, and the young continue the cycle.",
    ],
    hints: [
      "Think of stages that a tree, a dog and a person all share.",
      "A life cycle has a beginning, growing up, making young, and an end.",
      "For example, a bean plant sprouts, grows, makes new seeds and then dies.",
      "Which choice lists stages every living thing goes through?",
    ],
  },
  {
    key: "seed",
    prompt: "What does a seed need to start sprouting?",
    correct: "water and warmth",
    wrong: ["salt and darkness", "only wind"],
    solution: [
      "A seed stays asleep until conditions are right.",
      "Water and warmth wake it up so it can sprout.",
      "After sprouting, it also needs light to grow.",
    ],
    hints: [
      "Seeds can wait a long time before they start to grow.",
      "Spring rain and warmer days help seeds sprout.",
      "For example, beans soaked in water on a warm windowsill sprout in a few days.",
      "Which choice matches a warm, rainy spring day?",
    ],
  },
  {
    key: "seedling",
    prompt: "In a plant's life cycle, which stage comes after the seedling?",
    correct: "adult plant with flowers",
    wrong: ["seed", "pollen grain"],
    solution: [
      "A seed sprouts into a seedling.",
      "The seedling grows into an adult plant.",
      "The adult plant makes flowers, which make new seeds.",
    ],
    hints: [
      "A seedling is a young plant.",
      "What does any young living thing grow into?",
      "For example, a puppy grows into an adult dog.",
      "After the young plant grows up, what does it become?",
    ],
  },
  {
    key: "fruit",
    prompt: "Why do many plants make fruit with seeds inside?",
    correct: "to help make new plants",
    wrong: ["to make shade", "to catch insects"],
    solution: [
      "Seeds can grow into new plants.",
      "Fruit protects seeds, and animals that eat fruit spread the seeds.",
      "So fruit helps plants make new plants.",
    ],
    hints: [
      "Think about what a seed can grow into.",
      "Animals eat fruit and carry seeds to new places.",
      "For example, a bird eats a berry and drops its seeds far away, where new bushes grow.",
      "What is the job of the seeds inside the fruit?",
    ],
  },
]);

const weatherAndClimate = authoredItems("science.3.ess.weather-and-climate", [
  {
    key: "january",
    prompt:
      "For many years, a town's weather records show snow on most days in January. What does that tell you about January there?",
    correct: "It is usually cold.",
    wrong: ["It is usually hot.", "It never rains or snows."],
    solution: [
      "Snow falls when it is cold.",
      "Many years of snowy Januaries show a pattern.",
      "So January there is usually cold.",
    ],
    hints: [
      "Data from many years show what a place is usually like.",
      "Think about the temperature when snow falls.",
      "For example, if a beach town records sunshine nearly every July, July there is usually sunny and warm.",
      "What must the temperature be like for snow to fall?",
    ],
  },
  {
    key: "difference",
    prompt: "What is the difference between weather and climate?",
    correct: "Weather is what happens day to day; climate is the usual pattern over many years.",
    wrong: ["They mean exactly the same thing.", "Climate is only about rain."],
    solution: [
      "Weather changes from day to day.",
      "Climate describes what a place is usually like over many years.",
      "So weather is short-term and climate is long-term.",
    ],
    hints: [
      "One word is about today; the other is about many years.",
      "“It is raining right now” describes weather.",
      "For example, “Deserts get very little rain” describes climate, because it is true year after year.",
      "Which choice says one is day to day and the other is the long-term pattern?",
    ],
  },
  {
    key: "thermometer",
    prompt: "Which tool measures temperature?",
    correct: "a thermometer",
    wrong: ["a ruler", "a scale"],
    solution: [
      "Temperature is how hot or cold something is.",
      "A thermometer measures it.",
      "A ruler measures length and a scale measures weight.",
    ],
    hints: [
      "Each tool measures something different.",
      "Temperature tells how hot or cold it is.",
      "For example, a rain gauge measures how much rain fell.",
      "Which tool has a name that starts like “thermal”, meaning heat?",
    ],
  },
  {
    key: "desert",
    prompt: "A desert gets very little rain almost every year. That describes the desert's…",
    correct: "climate",
    wrong: ["weather today", "soil"],
    solution: [
      "“Almost every year” describes a long-term pattern.",
      "Long-term patterns are climate.",
      "So it describes the desert's climate.",
    ],
    hints: [
      "Notice the words “almost every year”.",
      "Is that about one day, or about many years?",
      "For example, “It is foggy this morning” is about weather, not climate.",
      "A pattern over many years is called what?",
    ],
  },
  {
    key: "hottest",
    prompt: "In most of the United States, which season usually has the hottest temperatures?",
    correct: "summer",
    wrong: ["winter", "spring"],
    solution: [
      "In the United States, summer days are long and the sun is high.",
      "That brings the warmest temperatures.",
      "So summer is usually hottest.",
    ],
    hints: [
      "Think about when people go swimming outdoors.",
      "Long days and a high sun bring more warmth.",
      "For example, winter is often the season for coats and snow.",
      "Which season has the longest, sunniest days?",
    ],
  },
  {
    key: "rain-gauge",
    prompt:
      "A rain gauge measured 2 cm on Monday, 0 cm on Tuesday and 5 cm on Wednesday. Which day was wettest?",
    correct: "Wednesday",
    wrong: ["Monday", "Tuesday"],
    solution: [
      "The wettest day has the most rain.",
      "5 cm is more than 2 cm or 0 cm.",
      "So Wednesday was wettest.",
    ],
    hints: [
      "A rain gauge shows how much rain fell.",
      "More centimeters means more rain.",
      "For example, if Friday had 3 cm and Saturday had 1 cm, Friday was wetter.",
      "Which day has the biggest number?",
    ],
  },
]);

const energyTransfer = authoredItems("science.4.ps.energy-transfer", [
  {
    key: "rub",
    prompt: "When you rub your hands together quickly, what do you feel?",
    correct: "warmth",
    wrong: ["cold", "a sound in your hands"],
    solution: [
      "Rubbing is motion.",
      "Some energy of motion changes into heat as your hands rub.",
      "So you feel warmth.",
    ],
    hints: [
      "Energy can change from one kind to another.",
      "Rubbing things together turns some motion into heat.",
      "For example, sliding down a slide fast can make your legs feel warm.",
      "Rub your hands together now. How do they feel?",
    ],
  },
  {
    key: "flashlight",
    prompt: "A flashlight runs on batteries. It changes the energy stored in the batteries mostly into…",
    correct: "light",
    wrong: ["water", "wind"],
    solution: [
      "Batteries store energy.",
      "The flashlight carries that energy through wires to the bulb as electricity.",
      "The bulb gives it off as light (and a little heat).",
    ],
    hints: [
      "Think about what a flashlight is for.",
      "Energy moves from the battery to the bulb through wires.",
      "For example, a toaster changes electrical energy into heat.",
      "What comes out of the front of a flashlight?",
    ],
  },
  {
    key: "bowling",
    prompt:
      "Two bowling balls are the same size. One rolls fast and one rolls slowly. Which has more energy?",
    correct: "the fast one",
    wrong: ["the slow one", "They have the same energy."],
    solution: [
      "Moving objects have energy of motion.",
      "The faster an object moves, the more energy it has.",
      "So the fast ball has more energy.",
    ],
    hints: [
      "Speed and energy are connected.",
      "A faster object has more energy of motion.",
      "For example, a fast-kicked ball knocks over more cones than a gently rolled one.",
      "Which ball would knock down more pins?",
    ],
  },
  {
    key: "sun",
    prompt: "How does energy from the sun reach Earth?",
    correct: "as light",
    wrong: ["through wires", "through the soil"],
    solution: [
      "The sun is very far away, across empty space.",
      "Its energy travels to Earth as light.",
      "That light warms the land and lets plants grow.",
    ],
    hints: [
      "There are no wires or soil between the sun and Earth.",
      "The sun shines.",
      "For example, a lamp sends energy across a room as light.",
      "What do we see coming from the sun every day?",
    ],
  },
  {
    key: "collision",
    prompt: "A rolling toy car bumps into a toy car that is standing still. What happens to the energy?",
    correct: "Some energy moves to the car that was standing still, so it starts moving.",
    wrong: ["All the energy disappears.", "Both cars gain extra energy from nowhere."],
    solution: [
      "The moving car has energy of motion.",
      "In the bump, some of that energy passes to the still car.",
      "So the still car starts to move (and there is a little sound and heat too).",
    ],
    hints: [
      "Energy does not appear from nowhere or vanish.",
      "When objects bump, energy moves from one to the other.",
      "For example, when a rolling marble hits another marble, the second one starts rolling.",
      "What happens to the car that was standing still after it is bumped?",
    ],
  },
  {
    key: "speaker",
    prompt: "Which of these changes electrical energy into sound?",
    correct: "a speaker",
    wrong: ["a candle", "a wooden spoon"],
    solution: [
      "A speaker is plugged in or uses a battery: electrical energy.",
      "It makes vibrations that we hear.",
      "So a speaker changes electrical energy into sound.",
    ],
    hints: [
      "Look for something that uses electricity.",
      "It should also make a noise.",
      "For example, an electric fan changes electrical energy into motion.",
      "Which choice plays music when it is switched on?",
    ],
  },
]);

const foodWebs = authoredItems("science.5.ls.food-webs", [
  {
    key: "rabbit",
    prompt: "In the food chain grass → rabbit → fox, what is the rabbit?",
    correct: "a consumer that eats plants",
    wrong: ["a producer", "a decomposer"],
    solution: [
      "Grass is a producer: it makes food from sunlight.",
      "The rabbit eats the grass, so it is a consumer.",
      "The fox eats the rabbit and is also a consumer.",
    ],
    hints: [
      "Producers make food; consumers eat food; decomposers break down dead things.",
      "The arrow from grass to rabbit means the rabbit eats the grass.",
      "For example, in seeds → mouse → owl, the mouse is a consumer that eats plants.",
      "Does a rabbit make its own food or eat something else?",
    ],
  },
  {
    key: "producers",
    prompt: "Which living things are producers?",
    correct: "plants, which make food using sunlight",
    wrong: ["foxes, which hunt", "mushrooms, which break down logs"],
    solution: [
      "Producers make their own food.",
      "Plants use sunlight, air and water to make food.",
      "So plants are producers.",
    ],
    hints: [
      "A producer makes (produces) its own food.",
      "Only one kind of living thing can make food from sunlight.",
      "For example, seaweed in the ocean makes its own food from sunlight.",
      "Which choice does not need to eat anything else?",
    ],
  },
  {
    key: "decomposers",
    prompt: "What do decomposers such as worms and fungi do in an ecosystem?",
    correct: "break down dead plants and animals and return nutrients to the soil",
    wrong: ["make food from sunlight", "hunt rabbits and mice"],
    solution: [
      "When plants and animals die, decomposers break them down.",
      "This returns nutrients to the soil.",
      "Plants then use those nutrients to grow.",
    ],
    hints: [
      "Think about what happens to a fallen log over many years.",
      "Decomposers recycle matter.",
      "For example, a banana peel in a compost pile turns into rich soil over time.",
      "Which choice is about breaking things down and helping the soil?",
    ],
  },
  {
    key: "sun-energy",
    prompt: "Where does almost all of the energy in a food web come from in the first place?",
    correct: "the sun",
    wrong: ["the soil", "the water"],
    solution: [
      "Plants capture energy from sunlight to make food.",
      "Animals get energy by eating plants or other animals.",
      "So the energy started with the sun.",
    ],
    hints: [
      "Follow the energy back to the very start of a food chain.",
      "Every food chain starts with a plant.",
      "For example, a hawk eats a snake that ate a mouse that ate seeds, and the seeds grew using sunlight.",
      "Where does a plant get the energy to make its food?",
    ],
  },
  {
    key: "no-rabbits",
    prompt:
      "In a meadow, foxes eat rabbits. If almost all the rabbits disappeared, what would most likely happen to the foxes?",
    correct: "They would have less food, and their numbers might drop.",
    wrong: ["They would have more food.", "Nothing would change for them."],
    solution: [
      "Rabbits are food for foxes.",
      "Fewer rabbits means less food for the foxes.",
      "With less food, fewer foxes can survive there.",
    ],
    hints: [
      "In a food web, living things depend on each other.",
      "What do the foxes eat?",
      "For example, if a pond's insects disappeared, the frogs that eat them would go hungry.",
      "If the foxes' food disappears, what happens to the foxes?",
    ],
  },
  {
    key: "arrows",
    prompt: "In the food chain algae → small fish → heron, what do the arrows show?",
    correct: "the direction food energy moves",
    wrong: ["which animal is biggest", "where each animal lives"],
    solution: [
      "Algae are eaten by small fish, and small fish are eaten by herons.",
      "Each arrow points from the food to the eater.",
      "So the arrows show the direction food energy moves.",
    ],
    hints: [
      "Arrows in a food chain always point the same way.",
      "The arrow points from the thing being eaten to the thing that eats it.",
      "For example, in leaf → caterpillar, the energy in the leaf moves to the caterpillar.",
      "What moves from the algae to the fish when the fish eats?",
    ],
  },
]);

export const SCIENCE_ITEMS: Item[][] = [
  pushesAndPulls,
  livingThingsNeeds,
  soundAndLight,
  skyPatterns,
  statesOfMatter,
  lifeCycles,
  weatherAndClimate,
  energyTransfer,
  foodWebs,
];
