import "server-only";
import type { FlaggedCategory, ScreenRole, Severity } from "./categories";
import { phrase } from "./normalize";

/**
 * Phrase rules for the deterministic screen, matched against the phrase view (see normalize.ts:
 * lower case, leetspeak undone, apostrophes dropped, repeated letters collapsed). Rules are
 * written in ordinary spelling; `phrase()` collapses them the same way.
 *
 * Hyperbole is not flagged here: "this level is killing me", "I could die of boredom", "my mom
 * will kill me if I lose my shoes" are how children talk, and flagging them would send parents
 * alerts that teach them to ignore alerts. First-person intent, methods, and disclosures are.
 * Subtler cases are the model tier's job.
 */

export interface PhraseRule {
  category: FlaggedCategory;
  severity: Severity;
  /** Stable name of what matched, safe to store (it never contains the child's words). */
  kind: string;
  roles: readonly ScreenRole[];
  pattern: RegExp;
  /** Match the uncollapsed phrase view (see normalize.ts). */
  raw?: boolean;
}

const CHILD = ["child"] as const;
const TUTOR = ["tutor"] as const;
const BOTH = ["child", "tutor"] as const;

// Fragments shared by several rules. Apostrophes are already gone ("don't" → "dont").
const MYSELF = "(?:myself|my self|myslef|mysefl|myslf|mself|meself)";
const NEGATED =
  "(?<!\\b(?:dont|do not|didnt|did not|never|wont|would not|wouldnt|not|to not) (?:want to |wanna |going to |gonna |try to )?)";
const ACCIDENT_AFTER =
  "(?! (?:a|an|some|another|on (?:a|an|the|some|my|paper|glass|accident)|by accident|accidentally|while|when|playing|at|during|skating|riding|falling|yesterday|last|shaving|cooking|in (?:gym|pe|the|my|soccer|practice|football)|with (?:the|a|my) (?:scissors|knife|paper|saw))\\b)";
const ACCIDENT_BEFORE = "(?<!\\b(?:accidentally|almost|nearly) )";
const DESIRE =
  "(?:want to|wanna|wanted to|want 2|wish i could|wish to|just want to|kinda want to|really want to|think i should|should just|need to|ready to|deserve to|plan to|planning to|trying to|try to|tried to|going to try to)";
const SERIOUS_ENDING =
  "(?:kill myself|end it all|end my life|take my own life|take my life|jump off (?:a|the) (?:bridge|building|roof|cliff))";
const ADULT =
  "(?:he|she|they|(?:my )?(?:dad|daddy|father|mom|mommy|mum|mother|step ?dad|step ?mom|step ?father|step ?mother|uncle|aunt|auntie|grandpa|grandma|grandfather|grandmother|babysitter|baby sitter|nanny|coach|teacher|neighbor|neighbour|moms boyfriend|mums boyfriend|dads girlfriend|parents|foster (?:mom|dad|parent|parents)|guardian|pastor|tutor)|(?:a|the|this|that) (?:man|guy|lady|woman|grown ?up|adult|teenager|older (?:boy|girl|kid))|someone|somebody)";
const SIBLING = "(?:my (?:big |older |little |step ?)?(?:brother|sister|cousin))";
const ADVERBS =
  "(?: (?:always|sometimes|often|still|usually|really|also|even|just|does|did|would))*(?: (?:gets|got|get) (?:really |so )?(?:mad|angry|drunk|upset|mean)(?: at me)?(?: and| then)?)?";
const HIT =
  "(?:hits|hit|beats|beat|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|hurts|hurt|burns|burned|burnt|whips|whipped|smacks|smacked|strangles|strangled|throws things at|threw things at|pinches|pinched|spanks|spanked|beats up|beat up)";
const HITTING =
  "(?:hitting|beating|slapping|punching|kicking|choking|hurting|burning|whipping|smacking|strangling|pinching)";
const NOT_PLAY =
  "(?! (?:up|back|at|in (?:a|the) (?:game|match|race|round)|in every (?:game|match|race)|every time|when we play|with (?:a|the|his|her) (?:ball|pillow|balloon)))";
const TELL_WHOM =
  "(?:anyone|anybody|my mom|my dad|my mum|my parents|my teacher|mom|dad|mum|no one|nobody|the police|my (?:grandma|grandpa|aunt|uncle))";
const PRIVATE_PARTS =
  "(?:private|privates|private parts|private part|private area|privite|privites|bathing suit area|swimsuit area|no no square|bottom|butt|chest|boobs|crotch|pee pee)";

function rule(
  category: FlaggedCategory,
  severity: Severity,
  kind: string,
  roles: readonly ScreenRole[],
  source: string,
): PhraseRule {
  return { category, severity, kind, roles, pattern: phrase(source) };
}

/** A rule on the uncollapsed view, where "boobs" is not "bob's" and "xxx" is not "x". */
function rawRule(
  category: FlaggedCategory,
  severity: Severity,
  kind: string,
  roles: readonly ScreenRole[],
  source: string,
): PhraseRule {
  return { category, severity, kind, roles, pattern: new RegExp(source), raw: true };
}

export const PHRASE_RULES: readonly PhraseRule[] = [
  // --- self-harm (child) ---------------------------------------------------------------------
  rule(
    "self_harm",
    "high",
    "self_harm_intent",
    CHILD,
    `${NEGATED}\\b(?:kill|killing|unalive|unaliving|hang|hanging|stab|stabbing|shoot|shooting|end|ending|off|poison|poisoning|drown|drowning|suffocate|strangle|starve|starving) ${MYSELF}\\b(?! laughing| with laughter| in the foot)`,
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_act",
    CHILD,
    `${NEGATED}${ACCIDENT_BEFORE}\\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) ${MYSELF}\\b${ACCIDENT_AFTER}`,
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_act",
    CHILD,
    `(?<!\\b(?:dont|do not|didnt|did not|never|wont|would not|wouldnt|not) )\\b(?:want to|wanna|need to|have to|sometimes|always|often|keep|started to|start to|like to|feel like) (?:hit|hitting|punch|punching|scratch|scratching|bite|biting|punish|punishing|hurt|cut) ${MYSELF}\\b`,
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_wish",
    CHILD,
    `(?<!\\b(?:dont|do not|didnt|never|wont) )\\b${DESIRE}(?: just)? (?:die|be dead|not be alive|not exist|stop existing|disappear forever|end it all|end my life|end everything|take my own life|take my life|not wake up|never wake up|sleep forever|kill myself)\\b(?! of| from| laughing| laughter| (?:my|her|his|your|the|our) (?:hair|shirt|clothes|eggs)| easter eggs)`,
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_wish",
    CHILD,
    `\\b(?:gonna|going to|about to|will|ill|im gonna) ${SERIOUS_ENDING}\\b`,
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_wish",
    CHILD,
    "\\bwish (?:i|id) (?:was|were|had) (?:dead|never been born|not been born|never born|not born|gone forever)\\b|\\bwish i (?:wasnt|was not|werent|was never|had never been) (?:born|alive|here anymore|around anymore)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\b(?:no ?one|nobody|no body)(?: would| will| would even| even)? (?:miss me|care if i (?:died|die|was gone|was dead|disappeared|wasnt here|wasnt alive))\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\b(?:everyone|every one|everybody|they|my family|my parents|the world|my mom|my dad)(?: would| will|d)?(?: be| all be)? better (?:off )?without me\\b|\\bbetter off dead\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\bno (?:reason|point) (?:to live|in living|to be alive|in being alive|to keep living|living|to go on|in going on)\\b|\\b(?:tired|sick) of (?:living|being alive|existing)\\b|\\blife (?:isnt|is not|aint|is no longer) worth (?:living|it)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\b(?:dont|do not|dont even|no longer) want to (?:live|be alive|exist|keep living|live anymore|wake up (?:anymore|ever again|again|tomorrow))\\b(?! in| with| near| there| here| on| at| like| without)",
  ),
  rule(
    "self_harm",
    "high",
    "suicide_word",
    CHILD,
    "\\b(?:suicide|suicidal|suicid|suiside|sucide|suicde|sewerslide|sewer slide|self harm|selfharm|self harming|selfharming|unalive myself)\\b",
  ),
  rule("self_harm", "high", "suicide_word", CHILD, "(?<![0-9] )(?<![0-9])\\bkms\\b"),
  rule("self_harm", "medium", "suicide_word", CHILD, "\\bunalive\\b"),
  rule(
    "self_harm",
    "medium",
    "self_harm_other",
    CHILD,
    "\\b(?:wants to|want to|wanna|is going to|s going to|is gonna|gonna|is thinking about|keeps talking about|talks about|tried to|will|ll|would) (?:kill|killing|hurt|hurting|cut|cutting|harm|harming|unalive|end) (?:himself|herself|themselves|themself|his life|her life|their life)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_method",
    BOTH,
    "\\b(?:cut|cutting|slit|slice|slash) (?:my|your|ur) (?:wrist|wrists)\\b|\\b(?:take|swallow|eat|took|swallowed|ate) (?:all|a bunch of|lots of|a lot of|too many|the whole bottle of|a whole bottle of|every) (?:(?:the|my|of my|moms|mums|dads|of the) )*(?:pills|tablets|medicine|meds|sleeping pills)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_method",
    CHILD,
    "\\b(?:i|im|ima|i am|ill|i will|i might|i should|want to|wanna|gonna|going to|about to) (?:just )?jump (?:off|from) (?:a|the|my|this) (?:bridge|building|roof|cliff|balcony|window|tower)\\b|\\boverdose\\b",
  ),
  rule(
    "self_harm",
    "medium",
    "self_harm_wish",
    CHILD,
    "\\bwant to (?:just )?disappear\\b(?! from| into| behind)",
  ),
  rule("self_harm", "low", "self_hatred", CHILD, "\\bhate (?:myself|my self)\\b"),
  rule(
    "self_harm",
    "high",
    "self_harm_wish",
    CHILD,
    "\\b(?:end|ending|ended|take|taking|took) my (?:own )?life\\b|\\b(?:go to sleep|sleep|fall asleep) and (?:never|not) wake up\\b|\\bnever wake up again\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\b(?:should not|shouldnt|dont deserve to|do not deserve to|wish i didnt|wish i did not|(?:dont|do not|no longer) (?:want to|wanna|want 2)) (?:be alive|exist|live|keep living)\\b(?! in| with| near| there| on| at| like| without)",
  ),
  rule(
    "self_harm",
    "medium",
    "hopelessness",
    CHILD,
    "\\b(?:im|i am|i feel like|i feel like im) (?:just |such )?(?:a|such a) burden\\b",
  ),
  rule(
    "self_harm",
    "high",
    "hopelessness",
    CHILD,
    "\\bgiv(?:e|ing) up on (?:life|living|being alive)\\b|\\b(?:goodbye|good bye|suicide) (?:letter|note|letters|notes) (?:to|for) (?:my family|everyone|my parents|my mom|my dad|my mum)\\b|\\bsuicide note\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_act",
    CHILD,
    "\\b(?:cutting|self harming|harming myself|hurting myself) again\\b|\\b(?:stopped|quit|started|been) cutting\\b(?! (?:the|paper|out|my hair|shapes|snowflakes|it|them|things))",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_method",
    CHILD,
    "\\b(?:took|take|taking|swallow|swallowed|ate|eat) (?:[5-9]|[1-9][0-9]+|a lot of|lots of|too many|a bunch of|all the|all my|a whole bottle of) (?:tylenol|advil|ibuprofen|aspirin|pills|tablets|sleeping pills|paracetamol|painkillers|meds|medicine)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_act",
    CHILD,
    "\\b(?:cuts|cut|scars|cutting|burns|bleed|bleeding|hurt)\\b[^.!?]{0,40}\\b(?:do|did|doing) (?:it|this|that) to (?:myself|my self)\\b",
  ),

  // --- self-harm said to the child (tutor) --------------------------------------------------------
  rule(
    "self_harm",
    "high",
    "self_harm_encouraged",
    TUTOR,
    "\\b(?:you should|u should|just|go|why dont you|you could|you might as well) (?:kill|hurt|harm|cut|end) (?:yourself|urself|your self|your life)\\b|\\bkys\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_method",
    BOTH,
    "\\b(?:how|ways?|best way|easiest way|painless way|quickest way) to (?:kill|hurt|harm|cut|end) (?:yourself|urself|your self|your life|myself|my life)\\b",
  ),
  rule(
    "self_harm",
    "high",
    "self_harm_encouraged",
    TUTOR,
    "\\b(?:nobody|no one) would miss you\\b|\\b(?:everyone|the world|your family) (?:would be|is) better (?:off )?without you\\b",
  ),

  // --- abuse disclosure (child) --------------------------------------------------------------
  rule("abuse_disclosure", "high", "physical_abuse", CHILD, `\\b${ADULT}${ADVERBS} ${HIT} me\\b${NOT_PLAY}`),
  rule(
    "abuse_disclosure",
    "high",
    "physical_abuse",
    CHILD,
    `\\b${ADULT}${ADVERBS} (?:is|was|keeps|wont stop|doesnt stop|started|starts|start) ${HITTING} me\\b${NOT_PLAY}`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "physical_abuse",
    CHILD,
    `\\b${ADULT}\\b[^.!?]{0,40}\\band (?:then )?(?:sometimes |always |also )?${HIT} me\\b${NOT_PLAY}`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "neglect",
    CHILD,
    `\\b${ADULT}${ADVERBS} (?:locks|locked|lock|locking|puts|put|kicks|kicked) me (?:out|outside)\\b(?! (?:of (?:the )?(?:game|server|lobby|chat|call))| by accident| accidentally)`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "physical_abuse",
    CHILD,
    `\\b${ADULT}${ADVERBS} (?:throws|threw|shoves|shoved|pushes|pushed|drags|dragged|slams|slammed) me (?:against|into|down|on|onto|off|across|out of|to the (?:floor|ground))\\b`,
  ),
  rule(
    "abuse_disclosure",
    "medium",
    "physical_abuse",
    CHILD,
    `\\b${SIBLING}${ADVERBS} (?:${HIT} me|(?:keeps|wont stop|doesnt stop) ${HITTING} me)\\b${NOT_PLAY}`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_named",
    CHILD,
    "\\b(?:abuses|abused|is abusing|molested|molests|raped|rapes|sexually abused|sexually abuses|abusing) me\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    `\\b(?:touches|touched|touching|touch|feels|felt|rubs|rubbed|rubbing|grabs|grabbed|grabbing) (?:me|my) (?:where|there|down there|under (?:my )?(?:clothes|shirt|pants|skirt|underwear|dress)|in my ${PRIVATE_PARTS}|in my (?:pants|underwear)|${PRIVATE_PARTS}|in (?:a|the) (?:bad|wrong|weird|yucky|private|secret) (?:way|place|places|spot|spots)|in places)\\b`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    "\\b(?:did|does|gave me|gives me|got) (?:a )?bad touch",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    "\\b(?:put|puts|putting|stuck|sticks|sticking|reached|reaches) (?:his|her|their) hands? (?:in|inside|down|under|up|into) my (?:pants|underwear|shirt|skirt|dress|clothes|shorts|pajamas|pyjamas)\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_secrecy",
    CHILD,
    `\\b${ADULT}\\b[^.!?]{0,40}\\bsecret (?:game|games)\\b`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    "\\b(?:wants|wanted|asked|asks|told|tells|makes|made|forced|forces|tried to make) me (?:to )?(?:touch|kiss|lick|suck|rub) (?:his|her|their) (?:penis|dick|private|privates|private parts|chest|boobs|butt|thing)\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    "\\b(?:makes|made|make) me (?:touch (?:him|her|them|his|hers|their)|take off my (?:clothes|pants|shirt|underwear)|get naked|undress|show (?:him|her|them) my|watch (?:him|her|them) (?:naked|in the shower)|kiss (?:him|her|them) on the (?:mouth|lips)|sit on his lap)",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    "\\b(?:showed|shows|show|showing) me (?:his|her|their) (?:privates|private parts|private|privite|penis|dick|body parts)\\b|\\b(?:takes|took|take|taking) (?:pictures|photos|pics|videos|video) of me (?:naked|without (?:my )?clothes|in the (?:bath|shower)|changing|undressed|in my underwear)\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "sexual_abuse",
    CHILD,
    `\\b${ADULT}${ADVERBS} (?:comes|came|gets|got|climbs|climbed|sneaks|snuck) (?:in|into) my (?:bed|room) (?:at night|when (?:everyone|mom|my mom|dad|my dad|nobody|no one))`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_secrecy",
    CHILD,
    "\\b(?:im|i am|i m) not (?:allowed|supposed|meant) to tell\\b(?! (?:you )?(?:my|the|our) (?:password|pin|code|address|answer|surprise|last name|number|phone|secret word|family code))",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_secrecy",
    CHILD,
    `\\b${ADULT} (?:said|says|told me|tells me|made me promise)(?: that)?(?: its| it is| this is| this| it| were| we have)?(?: our)?(?: little| special| big)? secret\\b`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_secrecy",
    CHILD,
    `\\b(?:said|says|told me|tells me|made me promise|warned me)(?: that)? (?:not to|to not|never to|i cant|i cannot|i shouldnt|i should not|im not allowed to|i am not allowed to|i must not|i better not|i cant ever) tell(?: ${TELL_WHOM}\\b| ?(?:$|[.!?])| (?:and|but|because|cuz|or)\\b)(?! about (?:the|his|her|their|my|our) (?:surprise|present|gift|party|birthday))`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_threat",
    CHILD,
    `\\bif i (?:tell|told)(?: ${TELL_WHOM}| you| someone| somebody)?(?: then)? (?:he|she|they|my \\w+)(?: (?:said|says|told me))?(?: (?:he|she|they))?(?:ll| will| would| is going to| s going to| is gonna| gonna| going to)? (?:hurt|kill|hit|beat|take|get|punish|send) (?:me|my)\\b|\\bthreatened to (?:hurt|kill|hit|beat) me\\b`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_injury",
    CHILD,
    "\\b(?:hide|hiding|cover|covering|cover up|hid|covered) (?:up )?(?:my|the|these|those) (?:bruises|bruise|marks)\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_injury",
    CHILD,
    `\\b${ADULT}${ADVERBS} (?:gave|gives|left|leaves) me (?:a )?(?:bruises|bruise|black eye|black eyes|marks)\\b|\\bbruises? (?:from|because of|cuz of|bc of) (?:him|her|them|${ADULT})\\b|\\bbruises?\\b[^.!?]{0,30}\\b(?:where|when|after|because) (?:he|she|they|my \\w+) (?:grab|grabbed|grabs|hit|hits|kicked|kicks|beat|beats|squeezed|pinched|threw|choked)`,
  ),
  rule(
    "abuse_disclosure",
    "high",
    "abuse_injury",
    CHILD,
    "\\b(?:said|says|told me|tells me) to (?:say|tell (?:people|everyone|the teacher|my teacher|them)) (?:that )?i (?:fell|tripped|bumped)",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "neglect",
    CHILD,
    "\\b(?:scared|afraid|terrified|frightened) (?:to go|of going|to be) home\\b(?! alone)|\\b(?:locks|locked|lock|locking) me (?:in|inside|up in) (?:my room|the closet|a closet|my closet|the basement|the garage|the bathroom|the shed|the car|a cage|the dog cage|a box)\\b",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "neglect",
    CHILD,
    "\\b(?:doesnt|dont|does not|do not|never|wont|will not|didnt|forgets to|forget to) (?:feed me|fed me|give me (?:any )?food|let me eat)\\b(?! (?:candy|sweets|junk|dessert|chips|sugar|cookies|chocolate|soda|fast food|before|after|in|on|at|snacks|ice cream|in my room|upstairs))",
  ),
  rule(
    "abuse_disclosure",
    "high",
    "neglect",
    CHILD,
    "\\b(?:mom|mum|dad|mommy|daddy|my mom|my mum|my dad|my parents|they|she|he) (?:is|are|was|were|s|re|has been|have been|goes|go|went|leaves|left) (?:gone|away|out|not home|not here)(?: again)? for (?:days|a week|two days|three days|the whole weekend)\\b",
  ),
  rule(
    "abuse_disclosure",
    "medium",
    "neglect",
    CHILD,
    "\\bno food (?:at home|in the house|in our house|to eat at home)\\b",
  ),
  rule(
    "abuse_disclosure",
    "medium",
    "neglect",
    CHILD,
    "\\b(?:havent|have not|hasnt|didnt) (?:eaten|ate|had food|had anything to eat) (?:in|for) (?:days|two days|three days|[0-9]+ days)\\b|\\bleft (?:me )?(?:alone|home alone|by myself) for (?:days|the whole weekend|two days|three days|a week)\\b",
  ),

  // --- sexual content (both) -----------------------------------------------------------------
  rule(
    "sexual_content",
    "high",
    "explicit",
    BOTH,
    "\\b(?:porn|porno|pornography|pornhub|xvideos|hentai|nudes|noods|nudez|onlyfans|only fans|blowjob|blow job|blowjobs|handjob|hand job|masturbate|masturbating|masturbation|jerking off|horny|orgasm|orgasms|dildo|sexting|sexted|threesome|boner)\\b",
  ),
  rule(
    "sexual_content",
    "high",
    "sexual_act",
    BOTH,
    "\\b(?:have|having|had|do|doing|did|wanna have|want to have) sex\\b|\\bsex (?:with|video|videos|tape|scene|toy|toys|chat|pics|pic|stuff)\\b",
  ),
  rule(
    "sexual_content",
    "high",
    "sexual_request",
    BOTH,
    "\\b(?:send|show|sending|showing) (?:me |u |you |him |her )?(?:your |ur |my |a |an )?(?:nudes|noods|naked (?:pic|pics|picture|pictures|photo|photos|selfie|selfies)|tits|dick|private parts|privates)\\b|\\b(?:suck|sucking|lick|licking|touch|touching|rub|rubbing) (?:my|his|your|ur|her) (?:dick|cock|penis|balls|boobs|tits|pussy)\\b",
  ),
  rule(
    "sexual_content",
    "high",
    "sexual_request",
    TUTOR,
    "\\b(?:touch|rub|play with) (?:yourself|urself|your self)\\b",
  ),
  rule("sexual_content", "medium", "sexual_word", BOTH, "\\bsexy\\b"),
  rule(
    "sexual_content",
    "medium",
    "sexual_word",
    BOTH,
    "(?<!\\b(?:reproduce|reproduces|reproducing) )\\bsexual(?:ly)?\\b(?! (?:reproduction|reproduce|reproduces|selection|dimorphism|and asexual))",
  ),
  rule(
    "sexual_content",
    "low",
    "sexual_word",
    BOTH,
    "(?<!\\b(?:the|opposite|same|male or female|biological|its|what|which|their|his|her|each|of|a) )\\bsex\\b(?! (?:of|cells|cell|chromosomes|chromosome|organs|determination|linked|ratio|hormones|is determined))",
  ),
  rule(
    "sexual_content",
    "medium",
    "nudity",
    BOTH,
    "\\b(?:naked|nude) (?:pics|pic|pictures|picture|photos|photo|selfies|selfie|videos|video|people|person|girls|girl|boys|boy|women|woman|men|man|lady|ladies|body|bodies|kids|children)\\b|\\b(?:get|getting|got|take|send|see|show) (?:me |you |u )?(?:naked|nude)\\b",
  ),
  rule(
    "sexual_content",
    "low",
    "anatomy",
    BOTH,
    "\\b(?:penis|penises|vagina|vaginas|testicles|scrotum|vulva)\\b",
  ),
  rawRule("sexual_content", "high", "explicit", BOTH, "\\bxxx+\\b(?! ?\\d)"),
  rawRule("sexual_content", "medium", "vulgar_anatomy", BOTH, "\\bbo{2,}b(?:s|ies)\\b"),
  rule(
    "sexual_content",
    "medium",
    "vulgar_anatomy",
    BOTH,
    "\\b(?:titties|clit|butthole)\\b|(?<!\\b(?:moby|philip k|van|spotted|dick and) )\\bdicks?\\b(?! and jane)|\\bpussy\\b(?! willow)|(?<!\\b(?:blue|great|coal|long tailed) )\\btits\\b",
  ),
  rule("sexual_content", "low", "romance", BOTH, "\\b(?:make|making|made) out with\\b"),
  rule(
    "sexual_content",
    "medium",
    "sexual_request",
    BOTH,
    "\\b(?:dirty|naughty|spicy|nasty) (?:story|stories|pics|pictures|photos|videos|video|talk|things|stuff|roleplay)\\b|\\btalk dirty\\b|\\b(?:say|tell me|write|show me|send me) (?:something|anything|stuff) (?:dirty|naughty|nasty|spicy|sexy)\\b",
  ),
  rule(
    "sexual_content",
    "medium",
    "sexual_word",
    BOTH,
    "\\b(?:stripper|strippers|strip club|striptease|prostitute|prostitutes|hooker|hookers)\\b",
  ),
  rule("sexual_content", "high", "sexual_violence", BOTH, "\\b(?:rape|raped|raping|rapist|rapists)\\b"),

  // --- violence --------------------------------------------------------------------------------
  rule(
    "violence",
    "high",
    "threat",
    CHILD,
    "\\b(?:im|i am|ima|imma|i will|ill|i want to|i wanna|i should|im going to|im gonna|i am going to|going to|gonna|wanna|want to) (?:shoot|stab|murder|strangle|poison|bomb) (?:him|her|them|you|u|everyone|every one|everybody|people|all of them|my \\w+|that (?:kid|guy|girl|boy|teacher|bully)|the (?:teacher|kids|class|whole class|principal|bully|school)|someone|somebody)\\b(?! (?:lol|jk|haha|lmao|xd|in (?:the )?game|in minecraft|in fortnite|in roblox))",
  ),
  rule(
    "violence",
    "medium",
    "threat",
    CHILD,
    "\\b(?:im|i am|ima|imma|i will|ill|i want to|i wanna|i should|im going to|im gonna|i am going to|gonna|wanna) (?:kill|hurt|punch|beat up|choke) (?:him|her|them|everyone|every one|everybody|people|all of them|my (?:teacher|classmates|classmate|bully|neighbor|neighbour)|that (?:kid|guy|girl|boy|teacher|bully)|the (?:teacher|kids|class|whole class|principal|bully)|someone|somebody)\\b(?! (?:lol|jk|haha|lmao|xd|if|when|in (?:the )?game|in minecraft|in fortnite|in roblox|at))",
  ),
  rule(
    "violence",
    "high",
    "weapon_school",
    CHILD,
    "\\b(?:bring|brought|bringing|take|taking|took|sneak|snuck) (?:a |my |my dads |my moms |the |some )?(?:gun|guns|knife|knives|rifle|pistol|bomb|weapon|weapons|explosives) (?:to|into|in) (?:school|class)\\b|\\b(?:shoot|shooting|bomb|blow) up (?:the|my|our|this) (?:school|class|church|mall)\\b",
  ),
  rule(
    "violence",
    "high",
    "weapon_instructions",
    BOTH,
    "\\bhow (?:to|do i|do you|can i|would i|could i) (?:make|build) (?:a |an )?(?:bomb|pipe bomb|explosive|explosives|molotov|poison)\\b|\\bhow (?:to|do i|do you|can i) (?:kill|poison|stab) (?:someone|somebody|a person|people|my (?:teacher|brother|sister|dad|mom|classmate))\\b",
  ),
  rule("violence", "medium", "harassment", CHILD, "\\bkys\\b"),
  rule("violence", "medium", "violence_news", CHILD, "\\bschool shooting\\b"),
  rule(
    "violence",
    "high",
    "violence_encouraged",
    TUTOR,
    "\\b(?:you should|u should) (?:hurt|kill|hit|punch|stab|shoot) (?:him|her|them|your \\w+)\\b",
  ),

  // --- the tutor asking for personal information -----------------------------------------------
  rule(
    "personal_info",
    "medium",
    "solicitation",
    TUTOR,
    "\\b(?:whats|what is|tell me|can you tell me|could you tell me|share|give me|send me|type|write) (?:your|ur) (?:full name|last name|surname|family name|home address|address|phone number|phone|cell number|cell|email|e mail|schools name|school name|school|birthday|date of birth|location|password|pin|family code|parents names|parents name|snap|snapchat|instagram|discord|username)\\b",
  ),
  rule(
    "personal_info",
    "medium",
    "solicitation",
    TUTOR,
    "\\bwhere do you live\\b|\\b(?:which|what) school do you (?:go to|attend)\\b|\\bwhat (?:city|town|street|neighborhood|neighbourhood) do you live (?:in|on)\\b",
  ),
];

/**
 * Spelled-out letters re-joined lose their word breaks ("i w a n t t o d i e" → "iwantodie"),
 * so they are searched for these collapsed forms as substrings.
 */
export const SPELLED_OUT_RULES: readonly { needle: string; category: FlaggedCategory; kind: string }[] = [
  { needle: "kilmyself", category: "self_harm", kind: "suicide_word" },
  { needle: "wantodie", category: "self_harm", kind: "self_harm_wish" },
  { needle: "wanadie", category: "self_harm", kind: "self_harm_wish" },
  { needle: "suicide", category: "self_harm", kind: "suicide_word" },
  { needle: "hurtmyself", category: "self_harm", kind: "self_harm_act" },
  { needle: "cutmyself", category: "self_harm", kind: "self_harm_act" },
  { needle: "endmylife", category: "self_harm", kind: "self_harm_wish" },
  { needle: "porn", category: "sexual_content", kind: "explicit" },
  { needle: "nudes", category: "sexual_content", kind: "explicit" },
];
