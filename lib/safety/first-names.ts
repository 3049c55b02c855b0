import "server-only";

/**
 * Common first names of children in the US and UK, lower case. Only used to recognise a
 * lower-case self-introduction with a surname ("i'm lily parker"); it is not a list of who may
 * use Hearth, and a missing name only means that one phrasing goes to the model tier.
 */
export const COMMON_FIRST_NAMES: ReadonlySet<string> = new Set(
  `aaliyah aaron abigail adam addison adrian aiden alex alexa alexander alice allison alyssa amelia
  amir amy andrew angel anna annie anthony aria ariana ariel asher ashley aubrey audrey aurora ava
  avery axel bella ben benjamin blake brandon brayden brianna brooklyn caleb cameron camila carlos
  carter charlie charlotte chase chloe chris christopher claire cole colton connor cooper daisy
  daniel david dylan easton elena eli eliana elijah ella ellie emily emma ethan eva evan
  evelyn ezra faith finn gabriel gabriella genesis grace grayson hailey hannah harper hayden hazel
  henry hudson hunter ian isaac isabella isaiah isla ivy jack jackson jacob jade james jasmine
  jason jaxon jayden jenny jessica john jonathan jordan jose joseph joshua josiah julia julian
  kaylee kennedy kevin khloe kylie landon layla leah leo levi liam lila lily lincoln logan london
  lucas lucy luke luna lydia madeline madison maria mason matthew maya mia micah michael mila
  miles nathan naomi natalie nevaeh nicholas noah nolan nora oliver olivia owen paisley parker
  penelope peyton quinn riley robert ruby ryan sadie samantha samuel sara sarah savannah scarlett
  sebastian serenity skylar sofia sophia sophie stella taylor theo thomas tyler valentina violet
  wyatt xavier zoe zoey`.split(/\s+/),
);
