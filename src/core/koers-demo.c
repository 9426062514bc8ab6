/* koers-demo.c: a notebook of invented students to try Koers with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "koers-demo.h"
#include "koers-demo-private.h"

#include "koers-date.h"
#include "koers-store-private.h"

typedef struct
{
  const char *number;
  const char *first;
  const char *tussenvoegsel;
  const char *last;
  const char *group;
  const char *birth_date;
  const char *email;
} DemoStudent;

/* Every name here is invented. The mix mirrors real classes: tussenvoegsels,
 * diacritics, a secondary-school class, a primary-school group and an mbo group
 * whose students are mostly adults. */
static const DemoStudent demo_students[] = {
  { "104211", "Daan", "van", "Dijk", "2A", "2012-03-14", NULL },
  { "104212", "Sanne", NULL, "Bakker", "2A", "2011-11-02", NULL },
  { "104213", "Mees", "de", "Vries", "2A", "2012-06-29", NULL },
  { "104214", "Fatima", "el", "Amrani", "2A", "2012-01-07", NULL },
  { "104215", "Jesse", NULL, "Hoekstra", "2A", "2011-09-21", NULL },
  { "104216", "Lotte", "van der", "Meer", "2A", "2012-04-30", NULL },
  { "104217", "Noël", NULL, "Verbeek", "2A", "2012-02-18", NULL },
  { "104218", "Zoë", "ter", "Horst", "2A", "2011-12-05", NULL },
  { "104219", "Milan", NULL, "Kaya", "2A", "2012-08-11", NULL },
  { "104220", "Yara", NULL, "Mulder", "2A", "2012-05-23", NULL },
  { "31007", "Finn", NULL, "Smits", "Groep 7", "2015-10-09", NULL },
  { "31008", "Saar", "van den", "Berg", "Groep 7", "2015-07-17", NULL },
  { "31009", "Ilias", NULL, "Bouzid", "Groep 7", "2016-01-30", NULL },
  { "31010", "Chloë", NULL, "Peeters", "Groep 7", "2015-11-26", NULL },
  { "31011", "Bram", "de", "Groot", "Groep 7", "2015-09-03", NULL },
  { "2300417", "Britt", NULL, "Jansen", "ZW2B", "2007-05-12", "b.jansen@example.org" },
  { "2300418", "Amina", NULL, "Yilmaz", "ZW2B", "2006-10-03", NULL },
  { "2300419", "Davy", "van", "Leeuwen", "ZW2B", "2005-01-27", "davy@example.org" },
  { "2300420", "Sheila", NULL, "Pinas", "ZW2B", "2008-02-14", NULL },
  { "2300421", "Kevin", NULL, "Dekker", "ZW2B", "2004-08-08", NULL },
};

/* The invented mentor who writes every demo note. */
#define DEMO_MENTOR "M. de Boer"
/* The mbo group has its own mentor, so the overview has two mentors to filter on. */
#define DEMO_MBO_MENTOR "S. Visser"

enum
{
  INTERPRETATION = 1 << 0,
  SENSITIVE      = 1 << 1,
  DONE           = 1 << 2,     /* the follow-up was done (on its due date) */
  AUTHORISED     = 1 << 3,     /* absence */
};

/* Dates count back from today so the demo stays fresh: an entry is @days_ago old
 * (moved off the weekend), a follow-up is due @due_in days from today (negative:
 * overdue unless DONE), feedback on a referral is due @feedback_in days from today. */
typedef struct
{
  const char      *number;
  int              days_ago;
  KoersEntryKind   kind;
  guint            flags;
  KoersSource      source;
  const char      *source_name;
  const char      *text;
  const char      *followup;
  const char      *owner;
  int              due_in;
  double           absence;
  KoersAbsenceUnit unit;
  const char      *reason;
  KoersReferralTo  referral;
  const char      *referral_name;
  int              feedback_in;
  const char      *feedback;      /* came in on the feedback date */
} DemoEntry;

#define AT(num, ago, k) .number = num, .days_ago = ago, .kind = KOERS_ENTRY_##k
#define BY(src, name) .source = KOERS_SOURCE_##src, .source_name = name
#define NEXT(what, who, in) .followup = what, .owner = who, .due_in = in

/* Strengths come first on every timeline, worries are concrete and dated, and
 * every conversation leads somewhere. Written in Dutch, as the mentor would. */
static const DemoEntry demo_entries[] = {
  /* 2A, secondary school */
  { AT ("104211", 84, POSITIVE), BY (TEACHER, "meneer Visser (LO)"),
    .text = "Daan nam bij de estafette uit zichzelf de rol van aanvoerder en moedigde iedereen aan, ook wie achteraan liep." },
  { AT ("104211", 61, OBSERVATION), BY (MENTOR, NULL), .flags = DONE,
    .text = "Huiswerk Engels en wiskunde deze week drie keer niet gemaakt; zijn agenda was leeg.",
    NEXT ("Planning samen doornemen in het mentoruur", "mentor", -54) },
  { AT ("104211", 49, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Daan zegt dat hij na de voetbaltraining te moe is voor huiswerk en het daarna vergeet." },
  { AT ("104211", 48, AGREEMENT), BY (MENTOR, NULL),
    .text = "Daan schrijft elke les het huiswerk in zijn agenda en laat die op vrijdag aan de mentor zien.",
    NEXT ("Met Daan bekijken of de agenda-afspraak werkt", "mentor en Daan", 5) },
  { AT ("104211", 20, POSITIVE), BY (MENTOR, NULL),
    .text = "Daan liet drie vrijdagen op rij zijn agenda zien; zijn huiswerk Engels was steeds af." },
  { AT ("104211", 16, ABSENCE), BY (PARENT, NULL), .flags = AUTHORISED,
    .text = "Ochtend afwezig, vooraf afgemeld door vader.", .absence = 1, .unit = KOERS_ABSENCE_DAYPARTS,
    .reason = "Tandarts" },

  { AT ("104212", 75, POSITIVE), BY (TEACHER, "mevrouw Kok (tekenen)"),
    .text = "Sanne ontwierp de poster voor de open dag; de sectie beeldend hangt hem in de hal." },
  { AT ("104212", 40, OBSERVATION), BY (TEACHER, "mevrouw Jansen (wiskunde)"),
    .text = "Sanne stelt in de les vaker vragen dan in september, ook bij wiskunde." },
  { AT ("104212", 33, OBSERVATION), BY (MENTOR, NULL), .flags = INTERPRETATION,
    .text = "Ik denk dat Sanne meer durft sinds ze naast Fatima zit." },
  { AT ("104212", 12, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Sanne wil in de leerlingenraad en vraagt hoe ze zich kan aanmelden.",
    NEXT ("Sanne de aanmeldinformatie van de leerlingenraad sturen", "mentor", -4) },

  { AT ("104213", 88, POSITIVE), BY (MENTOR, NULL),
    .text = "Mees liet een nieuwe leerling uit zichzelf de school zien en zat de eerste week naast hem." },
  { AT ("104213", 52, SIGNAL), BY (TEACHER, "meneer Bos (geschiedenis)"),
    .text = "Cijfers Nederlands en geschiedenis in drie weken van een 7 naar een 4,5 en een 5." },
  { AT ("104213", 50, SIGNAL), BY (MENTOR, NULL), .flags = INTERPRETATION,
    .text = "Mees lijkt stiller dan voorheen; in de pauze zit hij vaker alleen met zijn capuchon op." },
  { AT ("104213", 45, PARENT_CONTACT), BY (PARENT, "moeder"), .flags = SENSITIVE | DONE,
    .text = "Moeder vertelt dat zij en de vader van Mees uit elkaar gaan; Mees woont om de week bij vader.",
    NEXT ("Moeder na drie weken bellen hoe het thuis gaat", "mentor", -24) },
  { AT ("104213", 29, OBSERVATION), BY (TEACHER, "mevrouw de Graaf (Nederlands)"),
    .text = "Mees leverde zijn leesdossier Nederlands een week te laat in en lag in de les twee keer met zijn hoofd op tafel." },
  { AT ("104213", 22, STUDENT_TALK), BY (STUDENT, NULL), .flags = SENSITIVE,
    .text = "Mees vertelt dat hij slecht slaapt omdat hij 's avonds veel aan thuis denkt.",
    NEXT ("Mees aanmelden voor een gesprek met de zorgcoördinator", "mentor", -8) },
  { AT ("104213", 14, CARE_MEETING), BY (OTHER, "leerlingbespreking 2A"),
    .text = "Mees besproken: alle docenten letten op stille signalen en spreken hem na de les even aan.",
    NEXT ("Docenten vragen wat ze zien en terugkoppelen", "zorgcoördinator", 14) },
  { AT ("104213", 6, POSITIVE), BY (TEACHER, "meneer Meijer (muziek)"),
    .text = "Mees zong bij de repetitie van het schoolkoor een solo; hij bleef na de les om te oefenen." },

  { AT ("104214", 70, POSITIVE), BY (TEACHER, "mevrouw de Graaf (Nederlands)"),
    .text = "Fatima haalde een 9 voor haar presentatie over de Marokkaanse keuken; de klas stelde veel vragen." },
  { AT ("104214", 44, STUDENT_TALK), BY (STUDENT, NULL), .flags = DONE,
    .text = "Fatima wil naar havo 3 en vraagt wat ze daarvoor nodig heeft.",
    NEXT ("De overgangsnormen samen met Fatima bekijken", "mentor", -30) },
  { AT ("104214", 30, GOAL), BY (STUDENT, NULL),
    .text = "Ik haal voor wiskunde in periode 2 gemiddeld een 6,5 of hoger. De mentor plant elke week een kwartier bijles met een ouderejaars.",
    NEXT ("Doel evalueren met Fatima", "mentor", 20) },
  { AT ("104214", 16, PARENT_CONTACT), BY (PARENT, "vader"),
    .text = "Vader belde: Fatima vertelt thuis enthousiast over de bijles van de ouderejaars." },

  { AT ("104215", 85, POSITIVE), BY (TEACHER, "meneer Smit (techniek)"),
    .text = "Jesse repareerde bij techniek de fiets van een klasgenoot en legde elke stap geduldig uit." },
  { AT ("104215", 58, SIGNAL), BY (MENTOR, NULL),
    .text = "Jesse was de laatste vier maandagen het eerste uur niet op school, zonder afmelding." },
  { AT ("104215", 56, PARENT_CONTACT), BY (PARENT, "moeder"), .flags = DONE,
    .text = "Moeder gebeld: zij vertrekt vroeg naar haar werk en ziet niet of Jesse opstaat. Ze schrok van het verzuim.",
    NEXT ("Moeder en Jesse uitnodigen voor een gesprek op school", "mentor", -49) },
  { AT ("104215", 47, AGREEMENT), BY (MENTOR, NULL), .flags = DONE,
    .text = "Jesse zet twee wekkers, moeder belt hem om half acht. Is hij er niet, dan belt de mentor dezelfde ochtend naar huis.",
    NEXT ("Na drie weken het verzuim samen bekijken", "mentor", -26) },
  { AT ("104215", 25, STUDENT_TALK), BY (MENTOR, NULL), .flags = INTERPRETATION,
    .text = "Jesse zegt dat hij 's nachts gamet. Ik denk dat er meer speelt: hij mist vooral de lessen van één docent." },
  { AT ("104215", 40, REFERRAL), BY (MENTOR, NULL),
    .text = "Verzuimmelding gedaan bij leerplicht: meer dan 16 uur ongeoorloofd verzuim in vier weken. Moeder is ingelicht.",
    .referral = KOERS_REFERRAL_LEERPLICHT, .referral_name = "Leerplichtambtenaar gemeente", .feedback_in = -9,
    NEXT ("Leerplicht bellen als er nog geen uitnodiging is gekomen", "zorgcoördinator", 3) },
  { AT ("104215", 5, POSITIVE), BY (MENTOR, NULL),
    .text = "Jesse was de hele week elke dag op tijd en vertelde trots over zijn stage-idee bij een fietsenmaker." },

  { AT ("104216", 80, POSITIVE), BY (MENTOR, NULL),
    .text = "Lotte is gekozen als klassenvertegenwoordiger en leidde de eerste klassenvergadering rustig en duidelijk." },
  { AT ("104216", 66, OBSERVATION), BY (TEACHER, "mevrouw Jansen (wiskunde)"),
    .text = "Lotte leverde bij drie vakken de opdrachten op de laptop niet in; ze zegt dat haar laptop kapot is." },
  { AT ("104216", 60, STUDENT_TALK), BY (STUDENT, NULL), .flags = SENSITIVE | DONE,
    .text = "Lotte vertelt dat er thuis geen geld is voor een nieuwe laptop en dat haar moeder twee banen heeft.",
    NEXT ("Met de zorgcoördinator een leenlaptop en steun voor het gezin regelen", "mentor", -53) },
  { AT ("104216", 55, AGREEMENT), BY (MENTOR, NULL),
    .text = "Lotte leent een laptop van school tot de kerstvakantie en zegt het meteen als er iets mee is.",
    NEXT ("Laptop inleveren of de lening verlengen", "Lotte en mentor", 30) },
  { AT ("104216", 42, REFERRAL), BY (MENTOR, NULL),
    .text = "Met toestemming van moeder aangemeld bij het wijkteam voor ondersteuning van het gezin.",
    .referral = KOERS_REFERRAL_WIJKTEAM, .referral_name = "Wijkteam Centrum, mevrouw Aydın", .feedback_in = -12 },
  { AT ("104216", 28, POSITIVE), BY (TEACHER, "mevrouw Jansen (wiskunde)"),
    .text = "Lotte heeft alle opdrachten van de afgelopen twee weken op tijd ingeleverd." },
  { AT ("104216", 10, PARENT_CONTACT), BY (PARENT, "moeder"),
    .text = "Moeder vraagt of er al iets bekend is van het wijkteam; zij is nog niet gebeld.",
    NEXT ("Wijkteam bellen over de aanmelding", "zorgcoördinator", -2) },

  { AT ("104217", 77, POSITIVE), BY (MENTOR, NULL),
    .text = "Noël won het schaaktoernooi van de tweede klassen en hielp daarna de verliezers met hun openingen." },
  { AT ("104217", 54, OBSERVATION), BY (TEACHER, "meneer de Wit (Engels)"),
    .text = "Noël zat bij Engels steeds op zijn telefoon; de docent sprak hem er in één les drie keer op aan." },
  { AT ("104217", 53, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Noël vindt Engels saai omdat hij het al goed kan; thuis kijkt hij alles in het Engels." },
  { AT ("104217", 52, AGREEMENT), BY (MENTOR, NULL), .flags = DONE,
    .text = "Noël krijgt bij Engels verdiepingsopdrachten; zijn telefoon blijft in zijn tas.",
    NEXT ("Bij meneer de Wit navragen hoe het gaat", "mentor", -38) },
  { AT ("104217", 19, POSITIVE), BY (TEACHER, "meneer de Wit (Engels)"),
    .text = "Noël schreef een Engels boekverslag dat de docent als voorbeeld in andere klassen gebruikt." },

  { AT ("104218", 73, POSITIVE), BY (MENTOR, NULL),
    .text = "Zoë zette met twee klasgenoten een inzamelactie voor de voedselbank op; de klas bracht vier kratten mee." },
  { AT ("104218", 39, SIGNAL), BY (OTHER, "verzuimcoördinator"),
    .text = "Zoë ging in twee weken drie keer ziek naar huis met buikpijn, steeds op de dag van een toets." },
  { AT ("104218", 38, SIGNAL), BY (MENTOR, NULL), .flags = INTERPRETATION,
    .text = "Ik vermoed dat Zoë erg opziet tegen toetsen; nog niet met haar besproken." },
  { AT ("104218", 35, STUDENT_TALK), BY (STUDENT, NULL), .flags = DONE,
    .text = "Zoë zegt dat ze de avond voor een toets niet kan slapen en bang is voor een onvoldoende.",
    NEXT ("Zoë aanmelden voor de faalangsttraining", "mentor", -28) },
  { AT ("104218", 26, ABSENCE), BY (OTHER, "verzuimcoördinator"), .flags = AUTHORISED,
    .text = "Na het tweede uur ziek naar huis, moeder heeft haar opgehaald.", .absence = 1,
    .unit = KOERS_ABSENCE_DAYPARTS, .reason = "Ziek (buikpijn)" },
  { AT ("104218", 8, POSITIVE), BY (STUDENT, NULL),
    .text = "Zoë vertelt dat de ademhalingsoefening van de training hielp bij de toets Frans; ze haalde een 6,8." },
  { AT ("104218", 4, PARENT_CONTACT), BY (PARENT, "vader"),
    .text = "Vader mailt dat Zoë thuis rustiger is in de week voor toetsen.",
    NEXT ("Oudergesprek plannen over hoe het gaat", "mentor", 10) },

  { AT ("104219", 68, POSITIVE), BY (TEACHER, "meneer Meijer (muziek)"),
    .text = "Milan regelt het licht bij de repetities van de schoolmusical; de technische ploeg rekent op hem." },
  { AT ("104219", 46, OBSERVATION), BY (TEACHER, "meneer Visser (LO)"),
    .text = "Milan duwde een klasgenoot bij de fietsenstalling tegen de fietsen na een woordenwisseling." },
  { AT ("104219", 45, STUDENT_TALK), BY (STUDENT, NULL), .flags = DONE,
    .text = "Milan vertelt dat hij al weken wordt uitgescholden in de groepsapp van de klas.",
    NEXT ("De groepsapp met de klas bespreken in het mentoruur", "mentor", -40) },
  { AT ("104219", 44, PARENT_CONTACT), BY (PARENT, "vader"),
    .text = "Vader was op school. Samen afgesproken dat Milan bij schelden meteen naar de mentor gaat en niet terugslaat." },
  { AT ("104219", 30, AGREEMENT), BY (MENTOR, NULL),
    .text = "Klasafspraak uit het mentoruur: wie in de app scheldt, wordt door de mentor aangesproken; Milan meldt het in plaats van weg te lopen.",
    NEXT ("Bij Milan en de klas navragen of het rustiger is", "mentor", -5) },
  { AT ("104219", 11, POSITIVE), BY (MENTOR, NULL),
    .text = "Milan sprak rustig en duidelijk een klasgenoot aan die iemand uitlachte." },

  { AT ("104220", 82, POSITIVE), BY (MENTOR, NULL),
    .text = "Yara had in periode 1 voor alle vakken voldoendes, gemiddeld een 7,8." },
  { AT ("104220", 57, OBSERVATION), BY (MENTOR, NULL),
    .text = "Yara traint 16 uur per week bij turnen en komt twee middagen direct na school naar de training." },
  { AT ("104220", 36, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Yara vindt turnen en school samen veel, maar wil allebei blijven doen." },
  { AT ("104220", 34, GOAL), BY (STUDENT, NULL),
    .text = "Ik plan elke zondag mijn week, met trainingen en toetsen erin. De mentor kijkt de eerste weken mee.",
    NEXT ("Weekplanning samen bekijken", "Yara en mentor", 4) },
  { AT ("104220", 15, ABSENCE), BY (PARENT, NULL), .flags = AUTHORISED,
    .text = "Middag vrij voor een turnwedstrijd, verlof vooraf aangevraagd.", .absence = 1,
    .unit = KOERS_ABSENCE_DAYPARTS, .reason = "Sportwedstrijd (verlof)" },
  { AT ("104220", 7, POSITIVE), BY (TEACHER, "meneer Visser (LO)"),
    .text = "Yara legde bij gym de radslag uit aan klasgenoten; ze deed het stap voor stap voor." },

  /* Groep 7, primary school */
  { AT ("31007", 79, POSITIVE), BY (MENTOR, NULL),
    .text = "Finn las zijn eigen verhaal voor aan de groep; iedereen lachte op de goede momenten." },
  { AT ("31007", 50, OBSERVATION), BY (MENTOR, NULL),
    .text = "Finn loopt bij rekenen vaak door de klas; bij zelfstandig werken zat hij vijf minuten aan zijn taak." },
  { AT ("31007", 49, GOAL), BY (STUDENT, NULL), .flags = DONE,
    .text = "Ik blijf zitten tot de timer afgaat. Als ik hulp nodig heb, leg ik het vraagkaartje op mijn tafel.",
    NEXT ("Doelenkaart evalueren met Finn", "mentor", -28) },
  { AT ("31007", 27, POSITIVE), BY (MENTOR, NULL),
    .text = "Finn haalde zijn doel: vier van de vijf dagen bleef hij zitten tot de timer afging." },
  { AT ("31007", 13, PARENT_CONTACT), BY (PARENT, "moeder"),
    .text = "Moeder vertelt dat Finn thuis nu ook met een timer zijn huiswerk maakt en dat dat helpt." },

  { AT ("31008", 76, POSITIVE), BY (TEACHER, "juf Anouk (groep 2)"),
    .text = "Saar leest elke vrijdag voor aan de kleuters; de juf van groep 2 vraagt speciaal naar haar." },
  { AT ("31008", 43, SIGNAL), BY (MENTOR, NULL),
    .text = "Saar eet al een week haar lunch niet op en zegt steeds dat ze geen honger heeft." },
  { AT ("31008", 42, SIGNAL), BY (MENTOR, NULL), .flags = INTERPRETATION,
    .text = "Ik denk dat Saar zich ergens zorgen over maakt; ze is de laatste weken stiller in de kring." },
  { AT ("31008", 41, PARENT_CONTACT), BY (PARENT, "vader"), .flags = SENSITIVE | DONE,
    .text = "Vader vertelt dat oma, bij wie Saar na school vaak is, ernstig ziek is.",
    NEXT ("Vader over twee weken bellen hoe het gaat", "mentor", -27) },
  { AT ("31008", 21, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Saar vertelt over oma en wil in de klas een tekening voor haar maken; dat mag." },
  { AT ("31008", 3, POSITIVE), BY (MENTOR, NULL),
    .text = "Saar at haar lunch op en speelde in de pauze weer tikkertje met haar vriendinnen." },

  { AT ("31009", 83, POSITIVE), BY (MENTOR, NULL),
    .text = "Ilias is de snelste van de groep met hoofdrekenen en legt het graag uit aan anderen." },
  { AT ("31009", 62, OBSERVATION), BY (TEACHER, "meester Ruud (intern begeleider)"),
    .text = "Ilias leest op AVI E5; de groep zit gemiddeld op E6." },
  { AT ("31009", 37, CARE_MEETING), BY (OTHER, "groepsbespreking groep 7"),
    .text = "Ilias besproken: drie keer per week een kwartier extra leesbegeleiding met een maatje.",
    NEXT ("Leestoets opnieuw afnemen", "meester Ruud (ib)", 24) },
  { AT ("31009", 29, PARENT_CONTACT), BY (PARENT, "moeder"),
    .text = "Moeder leest thuis elke avond tien minuten met Ilias, in het Nederlands en in het Arabisch." },
  { AT ("31009", 12, POSITIVE), BY (MENTOR, NULL),
    .text = "Ilias las uit zichzelf een heel boek uit en vertelde erover in de kring." },

  { AT ("31010", 74, POSITIVE), BY (MENTOR, NULL),
    .text = "Chloë maakte een werkstuk over bijen en had er zelf een imker voor geïnterviewd." },
  { AT ("31010", 51, SIGNAL), BY (MENTOR, NULL),
    .text = "Chloë houdt in de klas haar jas aan met de capuchon op en zegt bijna niets meer." },
  { AT ("31010", 48, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Chloë zegt dat er niets is; ze vindt de klas soms te druk." },
  { AT ("31010", 47, PARENT_CONTACT), BY (PARENT, "moeder"), .flags = DONE,
    .text = "Moeder ziet thuis ook dat Chloë zich terugtrekt en wil graag samen optrekken.",
    NEXT ("Gesprek met moeder en Chloë plannen", "mentor", -35) },
  { AT ("31010", 31, AGREEMENT), BY (MENTOR, NULL),
    .text = "Chloë mag bij drukke momenten in de leeshoek werken; ze legt zelf het groene kaartje neer als ze dat wil.",
    NEXT ("Afspraak evalueren met Chloë en moeder", "mentor", 7) },
  { AT ("31010", 9, POSITIVE), BY (MENTOR, NULL),
    .text = "Chloë deed uit zichzelf mee met het groepsspel en lachte hardop." },

  { AT ("31011", 86, POSITIVE), BY (MENTOR, NULL),
    .text = "Bram hielp na de storm het schoolplein opruimen zonder dat iemand het vroeg." },
  { AT ("31011", 59, OBSERVATION), BY (TEACHER, "juf Ilse (gym)"),
    .text = "Bram schold een klasgenoot bij gym twee keer uit." },
  { AT ("31011", 58, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Bram zegt dat het een grap was; samen besproken hoe het voor de ander voelde. Hij bood zelf zijn excuses aan." },
  { AT ("31011", 24, ABSENCE), BY (MENTOR, NULL),
    .text = "Bram kwam om half elf binnen; er was geen bericht van thuis.", .absence = 2,
    .unit = KOERS_ABSENCE_HOURS, .reason = "Te laat, niet afgemeld" },
  { AT ("31011", 23, PARENT_CONTACT), BY (PARENT, "vader"),
    .text = "Vader belt: Bram had zich verslapen en hij was vergeten school te bellen. Volgende keer belt hij voor half negen." },
  { AT ("31011", 6, POSITIVE), BY (MENTOR, NULL),
    .text = "Bram gaf dezelfde klasgenoot bij het voetballen uit zichzelf een compliment." },

  /* ZW2B, mbo Zorg en Welzijn: adults decide whether their parents are contacted */
  { AT ("2300417", 81, POSITIVE), BY (OTHER, "stagebegeleider woonzorgcentrum De Linde"),
    .text = "Britt kreeg een compliment van haar stagebegeleider: bewoners vragen naar haar." },
  { AT ("2300417", 52, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Britt twijfelt of ze de opleiding kan combineren met haar bijbaan van 24 uur per week." },
  { AT ("2300417", 51, AGREEMENT), BY (MENTOR, NULL), .flags = DONE,
    .text = "Britt vraagt haar werkgever om minder uren; de mentor kijkt met haar naar de studieplanning.",
    NEXT ("Studieplanning met Britt bijstellen", "mentor", -20) },
  { AT ("2300417", 17, GOAL), BY (STUDENT, NULL),
    .text = "Ik lever de praktijkopdrachten van blok 2 op tijd in.",
    NEXT ("Voortgang van de praktijkopdrachten bespreken", "Britt", 12) },
  { AT ("2300417", 2, POSITIVE), BY (MENTOR, NULL),
    .text = "Britt leverde twee praktijkopdrachten voor de deadline in." },

  { AT ("2300418", 78, POSITIVE), BY (TEACHER, "mevrouw Brouwer (communicatie)"),
    .text = "Amina gaf een heldere presentatie over communicatie met ouderen; de klas gebruikt haar voorbeelden." },
  { AT ("2300418", 40, SIGNAL), BY (TEACHER, "mevrouw Brouwer (communicatie)"),
    .text = "Amina komt de laatste weken moe binnen en viel twee keer in slaap in de les." },
  { AT ("2300418", 39, STUDENT_TALK), BY (STUDENT, NULL), .flags = SENSITIVE,
    .text = "Amina vertelt dat zij mantelzorger is voor haar moeder en 's nachts vaak op moet." },
  { AT ("2300418", 38, REFERRAL), BY (MENTOR, NULL),
    .text = "Met toestemming van Amina aangemeld bij schoolmaatschappelijk werk voor steun bij de mantelzorg.",
    .referral = KOERS_REFERRAL_OTHER, .referral_name = "Schoolmaatschappelijk werk, Jeroen Smit",
    .feedback_in = -24, .feedback = "Intake gehad; Amina krijgt een mantelzorgconsulent en drie gesprekken." },
  { AT ("2300418", 18, POSITIVE), BY (TEACHER, "meneer Hermans (anatomie)"),
    .text = "Amina is weer fitter in de les en haalde een 8 voor de toets anatomie." },
  { AT ("2300418", 5, STUDENT_TALK), BY (STUDENT, NULL), .flags = SENSITIVE,
    .text = "Amina vraagt of haar stage een week kan schuiven rond de operatie van haar moeder.",
    NEXT ("Met de stagecoördinator overleggen", "mentor", 3) },

  { AT ("2300419", 72, POSITIVE), BY (OTHER, "praktijkopleider zorginstelling"),
    .text = "Davy deed op stage zelfstandig en volledig de overdracht van de avonddienst." },
  { AT ("2300419", 45, OBSERVATION), BY (MENTOR, NULL),
    .text = "Davy miste drie theorietoetsen terwijl hij die dag wel op school was." },
  { AT ("2300419", 44, STUDENT_TALK), BY (STUDENT, NULL),
    .text = "Davy zegt dat hij toetsen uitstelt omdat hij bang is te zakken; zijn vorige opleiding maakte hij niet af." },
  { AT ("2300419", 43, PARENT_CONTACT), BY (PARENT, "moeder"),
    .text = "Met toestemming van Davy zijn moeder gebeld: zij steunt hem en helpt thuis met plannen." },
  { AT ("2300419", 42, AGREEMENT), BY (MENTOR, NULL),
    .text = "Davy maakt de gemiste toetsen in de herkansingsweken en meldt zich de dag ervoor bij de mentor.",
    NEXT ("De laatste twee herkansingen inplannen bij het examenbureau", "Davy", 6) },
  { AT ("2300419", 10, POSITIVE), BY (TEACHER, "mevrouw Brouwer (communicatie)"),
    .text = "Davy maakte zijn eerste herkansing en haalde een 6,8." },

  { AT ("2300420", 71, POSITIVE), BY (MENTOR, NULL),
    .text = "Sheila is gekozen als studentvertegenwoordiger in de opleidingscommissie." },
  { AT ("2300420", 41, OBSERVATION), BY (MENTOR, NULL),
    .text = "Sheila zit in de pauze vaak alleen in de kantine en vond geen groepje voor het stageproject." },
  { AT ("2300420", 37, STUDENT_TALK), BY (STUDENT, NULL), .flags = DONE,
    .text = "Sheila zegt dat ze nieuw is in de stad en nog weinig mensen kent.",
    NEXT ("Sheila koppelen aan een buddy uit het tweede jaar", "mentor", -30) },
  { AT ("2300420", 20, POSITIVE), BY (MENTOR, NULL),
    .text = "Sheila werkt met haar buddy en twee klasgenoten samen aan het stageproject." },
  { AT ("2300420", 8, HANDOVER), BY (OTHER, "vorige mentor, meneer Bakker"),
    .text = "Overdracht: de afspraak over extra tijd bij toetsen (dyslexieverklaring) loopt door.",
    NEXT ("Extra tijd bij toetsen doorgeven aan de nieuwe docenten", "mentor", 2) },

  { AT ("2300421", 87, POSITIVE), BY (TEACHER, "meneer Hermans (praktijk)"),
    .text = "Kevin heeft veel ervaring uit de thuiszorg en hielp klasgenoten bij de tilinstructie." },
  { AT ("2300421", 54, SIGNAL), BY (MENTOR, NULL),
    .text = "Kevin mist vooral maandagen en vrijdagen, soms ziek gemeld, soms zonder bericht." },
  { AT ("2300421", 32, STUDENT_TALK), BY (STUDENT, NULL), .flags = SENSITIVE | DONE,
    .text = "Kevin vertelt dat hij schulden heeft en extra diensten draait om rond te komen.",
    NEXT ("Kevin de informatie over schuldhulp van de gemeente geven", "mentor", -25) },
  { AT ("2300421", 31, AGREEMENT), BY (MENTOR, NULL),
    .text = "Kevin meldt zich voor half negen af bij de mentor als hij niet komt en neemt geen diensten meer op lesdagen.",
    NEXT ("Verzuim van de afgelopen weken met Kevin bespreken", "mentor", -3) },
  { AT ("2300421", 12, POSITIVE), BY (MENTOR, NULL),
    .text = "Kevin was deze week alle lesdagen aanwezig en hielp bij de open dag." },
};

#undef AT
#undef BY
#undef NEXT

/* Recurring absence for the students whose attendance is problematic (below 90%
 * since the start of the school year): computed from today, so the badge shows
 * whenever the demo is made. */
typedef struct
{
  int              weekday_offset;   /* from Monday */
  gboolean         authorised;
  double           amount;
  KoersAbsenceUnit unit;
  const char      *reason;
  const char      *text;
} DemoAbsence;

static const DemoAbsence jesse_absence[] = {
  { 0, FALSE, 2, KOERS_ABSENCE_HOURS, "Niet verschenen, niet afgemeld", "Eerste twee uur afwezig; thuis nam niemand op." },
  { 2, TRUE, 2, KOERS_ABSENCE_DAYPARTS, "Ziek", "Ziek gemeld door moeder." },
  { 4, FALSE, 1, KOERS_ABSENCE_DAYPARTS, "Weggebleven", "Na de pauze niet teruggekomen." },
};

static const DemoAbsence kevin_absence[] = {
  { 0, FALSE, 2, KOERS_ABSENCE_DAYPARTS, "Niet verschenen, niet afgemeld", "Hele lesdag afwezig zonder bericht." },
  { 4, TRUE, 2, KOERS_ABSENCE_DAYPARTS, "Ziek", "Ziek gemeld per mail." },
};

typedef struct
{
  const char        *number;
  double             target;          /* attendance percentage to end up below */
  const DemoAbsence *pattern;
  guint              n_pattern;
} DemoAbsentee;

static const DemoAbsentee demo_absentees[] = {
  { "104215", 86.0, jesse_absence, G_N_ELEMENTS (jesse_absence) },
  { "2300421", 84.0, kevin_absence, G_N_ELEMENTS (kevin_absence) },
};

/* Today plus @days; a weekend becomes the Friday before (past) or the Monday
 * after (future): schools write nothing on a Sunday. */
static void
school_day (const GDate *today,
            int          days,
            GDate       *out)
{
  GDateWeekday weekday;

  *out = *today;
  if (days >= 0)
    g_date_add_days (out, days);
  else
    g_date_subtract_days (out, -days);

  weekday = g_date_get_weekday (out);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    {
      int to_friday = weekday == G_DATE_SATURDAY ? 1 : 2;

      if (days > 0)
        g_date_add_days (out, 3 - to_friday);
      else
        g_date_subtract_days (out, to_friday);
    }
}

char *
koers_demo_school_day_iso (const GDate *today,
                int          days)
{
  GDate date;

  school_day (today, days, &date);
  return koers_date_to_iso (&date);
}

static gboolean
save_demo_entry (KoersStore      *store,
                 gint64           student_id,
                 const DemoEntry *d,
                 const GDate     *today,
                 GError         **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (d->kind);
  g_autofree char *date = koers_demo_school_day_iso (today, -d->days_ago);

  koers_entry_set_student_id (entry, student_id);
  koers_entry_set_date (entry, date);
  koers_entry_set_text (entry, d->text);
  koers_entry_set_interpretation (entry, (d->flags & INTERPRETATION) != 0);
  koers_entry_set_sensitive (entry, (d->flags & SENSITIVE) != 0);
  koers_entry_set_source (entry, d->source);
  koers_entry_set_source_name (entry, d->source_name);

  if (d->followup != NULL)
    {
      g_autofree char *due = koers_demo_school_day_iso (today, d->due_in);

      koers_entry_set_followup_text (entry, d->followup);
      koers_entry_set_followup_owner (entry, d->owner);
      koers_entry_set_followup_due (entry, due);
      if (d->flags & DONE)
        {
          /* Done on the day it was due, in the afternoon. */
          g_autofree char *done_at = g_strdup_printf ("%sT14:30:00.000Z", due);

          koers_entry_set_followup_done_at (entry, done_at);
        }
    }

  if (d->kind == KOERS_ENTRY_ABSENCE)
    {
      koers_entry_set_absence_authorised (entry, (d->flags & AUTHORISED) != 0);
      koers_entry_set_absence_amount (entry, d->absence);
      koers_entry_set_absence_unit (entry, d->unit);
      koers_entry_set_absence_reason (entry, d->reason);
    }

  if (d->kind == KOERS_ENTRY_REFERRAL)
    {
      g_autofree char *feedback_due = koers_demo_school_day_iso (today, d->feedback_in);

      koers_entry_set_referral_to (entry, d->referral);
      koers_entry_set_referral_name (entry, d->referral_name);
      koers_entry_set_referral_feedback_due (entry, feedback_due);
      if (d->feedback != NULL)
        {
          koers_entry_set_referral_feedback (entry, d->feedback);
          koers_entry_set_referral_feedback_date (entry, feedback_due);
        }
    }

  return koers_store_save_entry (store, entry, error);
}

static gboolean
save_absence (KoersStore        *store,
              gint64             student_id,
              const GDate       *date,
              const DemoAbsence *a,
              double             amount,
              GError           **error)
{
  g_autoptr(KoersEntry) entry = koers_entry_new (KOERS_ENTRY_ABSENCE);
  g_autofree char *iso = koers_date_to_iso (date);

  koers_entry_set_student_id (entry, student_id);
  koers_entry_set_date (entry, iso);
  koers_entry_set_text (entry, a->text);
  koers_entry_set_source (entry, a->authorised ? KOERS_SOURCE_PARENT : KOERS_SOURCE_MENTOR);
  koers_entry_set_absence_authorised (entry, a->authorised);
  koers_entry_set_absence_amount (entry, amount);
  koers_entry_set_absence_unit (entry, a->unit);
  koers_entry_set_absence_reason (entry, a->reason);
  return koers_store_save_entry (store, entry, error);
}

/* Week after week from three months ago, the pattern's absences until attendance
 * since the start of the school year is below @a->target; the last three weeks
 * stay clean (the agreements started to work). Early in the school year a longer
 * illness makes up the rest. */
static gboolean
add_problematic_absence (KoersStore          *store,
                         KoersStudent        *student,
                         const DemoAbsentee  *a,
                         const GDate         *today,
                         GError             **error)
{
  g_autofree char *year_start_iso = koers_school_year_start ((GDate *) today);
  g_autofree char *today_iso = koers_date_to_iso (today);
  g_autoptr(GError) local_error = NULL;
  GDate year_start, window_start, window_end, monday;
  KoersAttendance attendance;
  double hours_per_week, needed;

  if (!koers_store_get_attendance (store, student, year_start_iso, today_iso, &attendance, error))
    return FALSE;
  hours_per_week = koers_store_get_group_hours (store, koers_student_get_group (student), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  needed = attendance.scheduled_hours * (100.0 - a->target) / 100.0 -
           attendance.authorised_hours - attendance.unauthorised_hours;

  koers_date_from_iso (year_start_iso, &year_start);
  window_start = *today;
  g_date_subtract_days (&window_start, 84);
  if (g_date_compare (&window_start, &year_start) < 0)
    window_start = year_start;
  window_end = *today;
  g_date_subtract_days (&window_end, 21);

  /* The first Monday of the window. */
  monday = window_start;
  g_date_add_days (&monday, (G_DATE_MONDAY + 7 - g_date_get_weekday (&monday)) % 7);

  for (; needed > 0 && g_date_compare (&monday, &window_end) <= 0; g_date_add_days (&monday, 7))
    {
      for (guint i = 0; i < a->n_pattern && needed > 0; i++)
        {
          const DemoAbsence *p = &a->pattern[i];
          GDate date = monday;

          g_date_add_days (&date, p->weekday_offset);
          if (g_date_compare (&date, &window_end) > 0)
            break;
          if (!save_absence (store, koers_student_get_id (student), &date, p, p->amount, error))
            return FALSE;
          needed -= p->unit == KOERS_ABSENCE_DAYPARTS ? p->amount * hours_per_week / 10.0 : p->amount;
        }
    }

  if (needed > 0)
    {
      static const DemoAbsence illness = {
        0, TRUE, 0, KOERS_ABSENCE_DAYPARTS, "Ziek (griep)", "Langere tijd ziek thuis, ziekmelding van thuis ontvangen.",
      };

      if (!save_absence (store, koers_student_get_id (student), &window_start, &illness,
                         (double) (guint) (needed / (hours_per_week / 10.0) + 0.999), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
fill_timelines (KoersStore  *store,
                GError     **error)
{
  GDate today;

  koers_date_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (demo_students); i++)
    {
      g_autoptr(KoersStudent) student = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *number = demo_students[i].number;
      gint64 id;

      student = koers_store_find_student (store, number, error);
      if (student == NULL)
        return FALSE;
      id = koers_student_get_id (student);

      /* Filling twice adds nothing; nor does it touch a timeline the user began. */
      if (koers_store_count_entries (store, id, &local_error) > 0)
        continue;
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      for (guint j = 0; j < G_N_ELEMENTS (demo_entries); j++)
        if (g_str_equal (demo_entries[j].number, number) &&
            !save_demo_entry (store, id, &demo_entries[j], &today, error))
          return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (demo_absentees); j++)
        if (g_str_equal (demo_absentees[j].number, number) &&
            !add_problematic_absence (store, student, &demo_absentees[j], &today, error))
          return FALSE;
    }

  return TRUE;
}

/* Goals: one a student, in every status. Days count from today (negative: past). */
typedef struct
{
  guint step;
  int   day;                       /* days after the start */
  KoersFeedbackKind kind;
  const char *note;
} DemoFeedback;

typedef struct
{
  const char        *number;
  const char        *title;
  const char        *steps[KOERS_GOAL_MAX_STEPS + 1];
  const char        *adults[4];
  const char        *involved;
  int                start_in;     /* days from today to the start */
  int                evaluate_in;  /* days from today to the evaluation */
  KoersGoalStatus    status;
  KoersGoalOutcome   outcome;
  KoersStepResult    results[KOERS_GOAL_MAX_STEPS];
  const char        *went_well;
  const char        *adults_change;
  gboolean           for_care_meeting;
  gboolean           follows_previous;  /* follows the demo goal just before it */
  const DemoFeedback *feedback;
  guint              n_feedback;
} DemoGoal;

#define R KOERS_STEP_REACHED
#define N KOERS_STEP_NOT_YET
#define SEEN KOERS_FEEDBACK_SEEN
#define BETTER KOERS_FEEDBACK_CAN_BE_BETTER

/* Three weeks of feedback on coming into class: "kan beter" early, "al gezien" later. */
static const DemoFeedback binnenkomen_feedback[] = {
  { 0, 1, SEEN, NULL },
  { 1, 1, BETTER, "Liep zonder iets te zeggen langs." },
  { 2, 2, BETTER, "Bleef eerst bij het raam staan praten." },
  { 4, 2, SEEN, NULL },
  { 5, 3, BETTER, "Riep de vraag door de klas." },
  { 1, 7, SEEN, "Zei mevrouw Jansen gedag bij de deur." },
  { 2, 8, SEEN, NULL },
  { 3, 8, BETTER, "Tas bleef op tafel staan." },
  { 0, 9, SEEN, NULL },
  { 5, 10, SEEN, "Stak twee keer zijn vinger op bij wiskunde." },
  { 3, 14, SEEN, NULL },
  { 4, 15, SEEN, NULL },
  { 2, 16, SEEN, "Zat al voor de bel op zijn plek." },
  { 5, 17, BETTER, "Na de pauze weer door de klas geroepen." },
  { 1, 18, SEEN, NULL },
};

static const DemoFeedback planning_feedback[] = {
  { 0, 2, SEEN, NULL },
  { 1, 4, BETTER, "Agenda niet bij zich." },
  { 1, 9, SEEN, NULL },
  { 2, 10, SEEN, "Kwam zelf vragen hoe je een samenvatting maakt." },
};

static const DemoGoal demo_goals[] = {
  { "104211", "Ik kom rustig de klas binnen",
    { "Ik hang mijn jas aan de kapstok", "Ik zeg de docent gedag", "Ik ga direct op mijn plek zitten",
      "Ik leg mijn spullen op tafel", "Ik ben stil als de les begint",
      "Ik steek mijn vinger op als ik iets wil vragen", NULL },
    { "Dat u niet door de klas roept", "De mentor geeft elke vrijdag terug hoe de week ging", NULL },
    "Daan, mentor, vader", -19, 2, KOERS_GOAL_ACTIVE, KOERS_GOAL_OUTCOME_NONE, { 0 }, NULL, NULL, FALSE, FALSE,
    binnenkomen_feedback, G_N_ELEMENTS (binnenkomen_feedback) },
  { "104212", "Ik maak mijn huiswerk op tijd",
    { "Ik schrijf mijn huiswerk in mijn agenda", "Ik kijk elke dag na school in mijn agenda",
      "Ik begin om vier uur aan mijn huiswerk", NULL },
    { "Moeder vraagt om vijf uur of het af is", NULL },
    "Sanne, mentor, moeder", -63, -42, KOERS_GOAL_EVALUATED, KOERS_GOAL_OUTCOME_REACHED, { R, R, R },
    "Het vaste moment om vier uur hielp het meest.", NULL, TRUE, FALSE, NULL, 0 },
  { "104213", "Ik plan mijn toetsweek",
    { "Ik maak een planning voor elke toets", "Ik leer elke dag een half uur", "Ik vraag hulp als ik iets niet snap", NULL },
    { "De mentor kijkt de planning op maandag na", NULL },
    "Mees, mentor", -70, -49, KOERS_GOAL_EVALUATED, KOERS_GOAL_OUTCOME_PARTLY, { R, N, R },
    "Mees maakte voor elke toets een planning en vroeg twee keer zelf om hulp.",
    "De mentor kijkt halverwege de week mee, niet alleen op maandag.", FALSE, FALSE,
    planning_feedback, G_N_ELEMENTS (planning_feedback) },
  { "104213", "Ik leer elke dag een half uur",
    { "Ik zet een wekker om half vijf", "Ik leer aan de keukentafel, niet op mijn kamer", "Ik vink af wat ik geleerd heb", NULL },
    { "De mentor kijkt woensdag mee met de planning", "Vader vraagt wat er is afgevinkt", NULL },
    "Mees, mentor, vader", -12, 9, KOERS_GOAL_ACTIVE, KOERS_GOAL_OUTCOME_NONE, { 0 }, NULL, NULL, FALSE, TRUE, NULL, 0 },
  { "104215", "Ik ben op tijd op school",
    { "Ik zet mijn wekker om zeven uur", "Ik vertrek om kwart over acht", NULL },
    { "De mentor belt niet meteen naar huis bij te laat komen", NULL },
    "Jesse, mentor", -35, -14, KOERS_GOAL_STOPPED, KOERS_GOAL_OUTCOME_NONE, { 0 },
    "Jesse kwam de eerste week elke dag op tijd.",
    "Eerst samen met de zorgcoördinator uitzoeken wat er 's ochtends thuis speelt.", FALSE, FALSE, NULL, 0 },
  { "104214", "Ik durf in de klas iets te vragen",
    { "Ik schrijf mijn vraag eerst op", "Ik stel één vraag per les", NULL },
    { "De docent komt even langs mijn tafel", NULL },
    "Fatima, mentor", 3, 24, KOERS_GOAL_CONCEPT, KOERS_GOAL_OUTCOME_NONE, { 0 }, NULL, NULL, FALSE, FALSE, NULL, 0 },
  { "31007", "Ik werk tien minuten zelfstandig",
    { "Ik pak eerst mijn spullen", "Ik kijk op de time-timer", "Ik leg de vraagkaart neer als ik hulp nodig heb", NULL },
    { "De juf kijkt na tien minuten of het gelukt is", NULL },
    "Finn, juf Sandra, moeder", -30, -9, KOERS_GOAL_ACTIVE, KOERS_GOAL_OUTCOME_NONE, { 0 }, NULL, NULL, FALSE, FALSE, NULL, 0 },
  { "2300417", "Ik lever mijn stageverslag op tijd in",
    { "Ik schrijf elke vrijdag een half uur aan mijn verslag", "Ik stuur mijn begeleider elke week wat ik heb",
      "Ik vraag feedback voordat ik het inlever", NULL },
    { "De stagebegeleider reageert binnen een week", NULL },
    "Britt, studieloopbaanbegeleider", -8, 13, KOERS_GOAL_ACTIVE, KOERS_GOAL_OUTCOME_NONE, { 0 }, NULL, NULL, FALSE, FALSE, NULL, 0 },
};

#undef R
#undef N
#undef SEEN
#undef BETTER

/* @days from @from, moved back off the weekend to the Friday: a school day. */
static char *
iso_school_day (const GDate *from,
                int          days)
{
  GDate date = *from;
  GDateWeekday weekday;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  weekday = g_date_get_weekday (&date);
  if (weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY)
    g_date_subtract_days (&date, weekday - G_DATE_FRIDAY);
  return koers_date_to_iso (&date);
}

static gboolean
save_demo_goal (KoersStore    *store,
                gint64         student_id,
                const DemoGoal *d,
                gint64         follows,
                const GDate   *today,
                gint64        *out_id,
                GError       **error)
{
  g_autoptr(KoersGoal) goal = koers_goal_new ();
  g_autofree char *start = iso_school_day (today, d->start_in);
  g_autofree char *evaluate = NULL;
  GDate start_date;

  /* The evaluation on the same weekday, weeks later. */
  koers_date_from_iso (start, &start_date);
  evaluate = iso_school_day (&start_date, d->evaluate_in - d->start_in);

  koers_goal_set_student_id (goal, student_id);
  koers_goal_set_title (goal, d->title);
  koers_goal_set_steps (goal, d->steps);
  koers_goal_set_adult_commitments (goal, d->adults);
  koers_goal_set_involved (goal, d->involved);
  koers_goal_set_start_date (goal, start);
  koers_goal_set_evaluation_date (goal, evaluate);
  koers_goal_set_follows_goal_id (goal, follows);
  for (guint i = 0; i < KOERS_N_SMARTI; i++)
    koers_goal_set_smarti (goal, i, d->status != KOERS_GOAL_CONCEPT || i % 2 == 0);
  /* Evaluated and stopped goals were active first, as in real life. */
  koers_goal_set_status (goal, d->status == KOERS_GOAL_CONCEPT ? KOERS_GOAL_CONCEPT : KOERS_GOAL_ACTIVE);
  if (!koers_store_save_goal (store, goal, error))
    return FALSE;

  for (guint i = 0; i < d->n_feedback; i++)
    {
      const DemoFeedback *fb = &d->feedback[i];
      g_autofree char *date = iso_school_day (&start_date, fb->day);

      if (!koers_store_add_goal_feedback (store, goal, fb->step, date, fb->kind, fb->note, error))
        return FALSE;
    }

  koers_goal_set_went_well (goal, d->went_well);
  koers_goal_set_adults_change (goal, d->adults_change);
  /* The demo's evaluations happened on their own dates, and so do their timeline entries. */
  if (d->status == KOERS_GOAL_EVALUATED || d->status == KOERS_GOAL_STOPPED)
    koers_goal_set_evaluated_on (goal, evaluate);
  if (d->status == KOERS_GOAL_EVALUATED)
    {
      koers_goal_set_outcome (goal, d->outcome);
      for (guint i = 0; i < koers_goal_get_n_steps (goal); i++)
        koers_goal_set_step_result (goal, i, d->results[i]);
      koers_goal_set_for_care_meeting (goal, d->for_care_meeting);
      if (!koers_store_evaluate_goal (store, goal, error))
        return FALSE;
    }
  else if (d->status == KOERS_GOAL_STOPPED && !koers_store_stop_goal (store, goal, error))
    return FALSE;

  *out_id = koers_goal_get_id (goal);
  return TRUE;
}

/* Outside the timelines' transaction: each goal call writes its own. */
static gboolean
fill_goals (KoersStore  *store,
            GError     **error)
{
  g_autoptr(GHashTable) skip = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 previous = 0;
  GDate today;

  koers_date_today (&today);

  for (guint i = 0; i < G_N_ELEMENTS (demo_goals); i++)
    {
      const DemoGoal *d = &demo_goals[i];
      g_autoptr(KoersStudent) student = NULL;
      g_autoptr(GPtrArray) existing = NULL;
      gboolean first_of_student = i == 0 || !g_str_equal (demo_goals[i - 1].number, d->number);

      if (g_hash_table_contains (skip, d->number))
        continue;

      student = koers_store_find_student (store, d->number, error);
      if (student == NULL)
        return FALSE;

      /* Filling twice adds nothing; nor does it touch goals the user wrote. */
      if (first_of_student)
        {
          existing = koers_store_list_goals (store, koers_student_get_id (student), error);
          if (existing == NULL)
            return FALSE;
          if (existing->len > 0)
            {
              g_hash_table_add (skip, (gpointer) d->number);
              continue;
            }
        }

      if (!save_demo_goal (store, koers_student_get_id (student), d,
                           d->follows_previous ? previous : 0, &today, &previous, error))
        return FALSE;
    }

  return TRUE;
}

/* Parent meetings: one prepared for next week and one held five weeks ago, with
 * agreements that now stand on the timeline. They point at the demo's entries by
 * the start of their text. */
typedef struct
{
  const char    *text;       /* the start of one of the student's demo entries */
  KoersLinkRole  role;
  KoersArea      area;       /* only for KOERS_LINK_STRENGTH */
} DemoLink;

typedef struct
{
  const char          *what;
  KoersAgreementOwner  owner;
  const char          *owner_name;   /* NULL: the mentor */
  int                  due_in;       /* days from today */
  gboolean             done;
} DemoAgreement;

typedef struct
{
  const char    *number;
  int            date_in;            /* days from today (negative: past) */
  const char    *time;
  const char    *place;
  const char    *parents[3];
  const char    *student_name;
  const char    *reason;
  const char    *aims;
  const char    *strengths[KOERS_N_AREAS];
  const char    *appreciation;
  const char    *worry;
  const char    *going_well;
  const char    *school_view;
  const char    *home_view;
  const char    *student_view;
  DemoLink       links[6];
  /* An agenda item about a sensitive entry: announced, never sprung at the end. */
  const char    *sensitive_entry;
  const char    *sensitive_item;
  gboolean       discuss_active_goal;
  /* Held meetings only. */
  gboolean       held;
  DemoAgreement  agreements[4];
  int            next_contact_in;
  const char    *felt_heard;
  const char    *do_differently;
  const char    *summary;
} DemoMeeting;

static const DemoMeeting demo_meetings[] = {
  /* Mees (2A): prepared, next week, both parents. Nobody in 2A is an adult. */
  { "104213", 8, "19:30", "lokaal 1.12",
    { "mevrouw Kuipers (moeder)", "meneer de Vries (vader)", NULL }, "Mees",
    .reason = "De cijfers van Mees voor Nederlands en geschiedenis dalen en hij is stiller dan we van hem kennen.",
    .aims = "Samen met u en Mees bespreken hoe het thuis en op school gaat, en afspreken wat hem helpt om weer bij te blijven en lekker in zijn vel te zitten.",
    .strengths = {
      [KOERS_AREA_LEARNING] = "Haalde in de eerste periode voor Nederlands en geschiedenis ruime voldoendes.",
      [KOERS_AREA_WORK_ATTITUDE] = "Maakt voor elke toets een planning en vraagt zelf om hulp als hij iets niet snapt.",
      [KOERS_AREA_SOCIAL_EMOTIONAL] = "Zorgzaam: liet uit zichzelf een nieuwe leerling de school zien en zat de eerste week naast hem.",
      [KOERS_AREA_CREATIVE] = "Zingt in het schoolkoor en durfde bij de repetitie een solo te zingen.",
      [KOERS_AREA_INTERESTS] = "Muziek: hij blijft na de les uit zichzelf oefenen.",
    },
    .appreciation = "Beide ouders zijn betrokken en reageren snel op berichten van school.",
    .worry = "Wij maken ons zorgen omdat de cijfers van Mees in korte tijd flink zijn gedaald en hij in de les en in de pauze stiller is dan we van hem kennen.",
    .going_well = "Bij muziek en in het schoolkoor doet Mees volop mee. Met een vaste planning lukt het leren beter.",
    .school_view = "Op school zien we een jongen die zijn best wil doen maar minder energie heeft dan aan het begin van het jaar. De docenten letten op stille signalen en spreken hem na de les even aan.",
    .home_view = "Moeder vertelde aan de telefoon dat Mees thuis veel op zijn kamer zit. Hoe vader het ziet, horen we graag in het gesprek.",
    .student_view = "Mees zegt dat school nu veel voelt en dat het koor het leukste van de week is. Hij wil zelf bij het gesprek zijn.",
    .links = {
      { "Mees liet een nieuwe leerling", KOERS_LINK_STRENGTH, KOERS_AREA_SOCIAL_EMOTIONAL },
      { "Mees zong bij de repetitie", KOERS_LINK_STRENGTH, KOERS_AREA_CREATIVE },
      { "Cijfers Nederlands en geschiedenis", KOERS_LINK_EXAMPLE, 0 },
      { "Mees leverde zijn leesdossier", KOERS_LINK_EXAMPLE, 0 },
      { "Mees zong bij de repetitie", KOERS_LINK_GOING_WELL, 0 },
    },
    .sensitive_entry = "Moeder vertelt dat zij en de vader van Mees",
    .sensitive_item = "De nieuwe thuissituatie: wat merkt Mees ervan en wat heeft hij nodig (met moeder afgesproken dat dit aan bod komt)",
    .discuss_active_goal = TRUE },

  /* Chloë (groep 7): held five weeks ago with her mother; one agreement done already. */
  { "31010", -35, "15:00", "lokaal groep 7",
    { "mevrouw Peeters (moeder)", NULL }, "Chloë",
    .reason = "Chloë trekt zich in de klas terug en zegt bijna niets meer; moeder ziet dat thuis ook.",
    .aims = "Samen afspreken hoe we Chloë helpen om zich weer veilig en op haar gemak te voelen in de klas.",
    .strengths = {
      [KOERS_AREA_LEARNING] = "Werkt nauwkeurig en zoekt dingen graag zelf uit.",
      [KOERS_AREA_CREATIVE] = "Tekent veel en met oog voor detail.",
      [KOERS_AREA_INTERESTS] = "Natuur en dieren: interviewde zelf een imker voor haar werkstuk.",
    },
    .appreciation = "Moeder nam zelf contact op en wil graag samen optrekken.",
    .worry = "Wij maken ons zorgen omdat Chloë in de klas haar jas aanhoudt met de capuchon op en bijna niets meer zegt.",
    .going_well = "Bij rustige opdrachten en in een tweetal werkt ze geconcentreerd en praat ze wel.",
    .school_view = "Chloë wordt stil bij drukte en groepswerk; alleen of met één klasgenoot gaat het beter.",
    .home_view = "Moeder ziet thuis ook dat Chloë zich terugtrekt, vooral na drukke schooldagen.",
    .student_view = "Chloë vindt de klas soms te druk en wil een plek waar het rustig is.",
    .links = {
      { "Chloë maakte een werkstuk over bijen", KOERS_LINK_STRENGTH, KOERS_AREA_LEARNING },
      { "Chloë houdt in de klas haar jas aan", KOERS_LINK_EXAMPLE, 0 },
      { "Chloë zegt dat er niets is", KOERS_LINK_EXAMPLE, 0 },
    },
    .held = TRUE,
    .agreements = {
      { "De juf maakt van de leeshoek een rustige werkplek voor drukke momenten en spreekt met Chloë een teken af.",
        KOERS_OWNER_SCHOOL, NULL, -28, TRUE },
      { "Moeder vraagt Chloë na school wat het fijnste moment van de dag was en laat de juf op vrijdag weten wat opvalt.",
        KOERS_OWNER_PARENT, "mevrouw Peeters", 7, FALSE },
      { "Chloë zegt het tegen de juf als het haar te druk wordt in de klas.",
        KOERS_OWNER_STUDENT, "Chloë", 7, FALSE },
    },
    .next_contact_in = 7,
    .felt_heard = "Ja. Moeder zei dat ze blij was dat we het samen oppakken en dat ze zich serieus genomen voelde.",
    .do_differently = "Chloë alleen bij het laatste deel uitnodigen; het hele gesprek was voor haar te lang.",
    .summary = "Moeder en juf zien hetzelfde: Chloë trekt zich terug als het druk is. Afgesproken: een rustige werkplek in de klas, moeder laat weten wat ze thuis ziet, en Chloë zegt het als het te druk wordt." },
};

/* The id of the student's entry whose text starts with @prefix; 0 when the demo did
 * not write it (a timeline the user began was left alone). */
gboolean
koers_demo_find_entry (GPtrArray   *entries,
                       const char  *prefix,
                       gint64      *out_id)
{
  *out_id = 0;
  for (guint i = 0; i < entries->len; i++)
    {
      KoersEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_has_prefix (koers_entry_get_text (entry) ?: "", prefix))
        {
          *out_id = koers_entry_get_id (entry);
          return TRUE;
        }
    }
  return FALSE;
}

/* The demo's content is Dutch, so its agenda and questions are too, whatever
 * language the app that fills it runs in (the defaults follow the language). */
static void
use_dutch_defaults (KoersMeeting *meeting)
{
  static const char * const agenda[] = {
    "Welkom en het doel van dit gesprek",
    "Wat goed gaat",
    "Onze zorg",
    "Hoe u het thuis ziet",
    "De doelen waar we aan werken",
    "Afspraken",
    "Volgend contact",
  };
  static const char * const questions[] = {
    "Wat ziet u thuis?",
    "Wat werkt bij uw kind, volgens u?",
    "Wat verwacht u van de school?",
    "Hoe praat uw kind thuis over school?",
  };
  g_autoptr(GPtrArray) agenda_items = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);
  g_autoptr(GPtrArray) question_items = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);

  for (guint i = 0; i < G_N_ELEMENTS (agenda); i++)
    g_ptr_array_add (agenda_items, koers_meeting_item_new (agenda[i], 0, FALSE));
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    g_ptr_array_add (question_items, koers_meeting_item_new (questions[i], 0, FALSE));
  koers_meeting_set_agenda (meeting, agenda_items);
  koers_meeting_set_questions (meeting, question_items);
}

/* The agenda with @text about @entry_id after the default "how you see it at home"
 * (the fourth item): among the subjects, never as a surprise at the end. The
 * held meeting ticks every item, as the mentor did while talking. */
static void
set_demo_agenda (KoersMeeting *meeting,
                 const char   *text,
                 gint64        entry_id,
                 gboolean      all_done)
{
  GPtrArray *agenda = koers_meeting_get_agenda (meeting);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) koers_meeting_item_free);

  for (guint i = 0; i < agenda->len; i++)
    {
      KoersMeetingItem *item = g_ptr_array_index (agenda, i);

      if (i == 4 && text != NULL)
        g_ptr_array_add (items, koers_meeting_item_new (text, entry_id, all_done));
      g_ptr_array_add (items, koers_meeting_item_new (item->text, item->entry_id, all_done || item->done));
    }
  if (agenda->len <= 4 && text != NULL)
    g_ptr_array_add (items, koers_meeting_item_new (text, entry_id, all_done));
  koers_meeting_set_agenda (meeting, items);
}

static gboolean
select_active_goal (KoersStore    *store,
                    KoersMeeting  *meeting,
                    GError       **error)
{
  g_autoptr(GPtrArray) goals = koers_store_list_goals (store, koers_meeting_get_student_id (meeting), error);

  if (goals == NULL)
    return FALSE;
  /* Active goals come first. */
  if (goals->len > 0 && koers_goal_get_status (g_ptr_array_index (goals, 0)) == KOERS_GOAL_ACTIVE)
    koers_meeting_set_goal_selected (meeting, koers_goal_get_id (g_ptr_array_index (goals, 0)), TRUE);
  return TRUE;
}

/* Adds the agreements (each becomes an open follow-up), marks the done one's
 * follow-up done, evaluates the meeting and marks it held: the parent contact on
 * the timeline. */
static gboolean
hold_demo_meeting (KoersStore         *store,
                   KoersMeeting       *meeting,
                   const DemoMeeting  *d,
                   const char         *mentor,
                   const GDate        *today,
                   GError            **error)
{
  g_autofree char *next_contact = koers_demo_school_day_iso (today, d->next_contact_in);

  for (guint i = 0; i < G_N_ELEMENTS (d->agreements) && d->agreements[i].what != NULL; i++)
    {
      const DemoAgreement *a = &d->agreements[i];
      g_autofree char *due = koers_demo_school_day_iso (today, a->due_in);
      g_autoptr(KoersAgreement) agreement = NULL;

      agreement = koers_agreement_new (a->what, a->owner, a->owner_name != NULL ? a->owner_name : mentor, due);
      if (!koers_store_add_agreement (store, meeting, agreement, error))
        return FALSE;

      if (a->done)
        {
          g_autoptr(KoersEntry) entry = koers_store_get_entry (store, agreement->entry_id, error);

          if (entry == NULL || !koers_store_set_followup_done (store, entry, TRUE, error))
            return FALSE;
        }
    }

  koers_meeting_set_next_contact (meeting, next_contact);
  koers_meeting_set_felt_heard (meeting, d->felt_heard);
  koers_meeting_set_do_differently (meeting, d->do_differently);
  koers_meeting_set_summary (meeting, d->summary);
  return koers_store_finish_meeting (store, meeting, error);
}

static gboolean
save_demo_meeting (KoersStore         *store,
                   KoersStudent       *student,
                   const DemoMeeting  *d,
                   const char         *mentor,
                   const GDate        *today,
                   GError            **error)
{
  g_autoptr(KoersMeeting) meeting = koers_meeting_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *date = koers_demo_school_day_iso (today, d->date_in);
  gint64 student_id = koers_student_get_id (student);
  gint64 sensitive_id = 0;

  entries = koers_store_list_entries (store, student_id, NULL, error);
  if (entries == NULL)
    return FALSE;

  use_dutch_defaults (meeting);
  koers_meeting_set_student_id (meeting, student_id);
  koers_meeting_set_reason (meeting, d->reason);
  koers_meeting_set_aims (meeting, d->aims);
  koers_meeting_set_date (meeting, date);
  koers_meeting_set_time (meeting, d->time);
  koers_meeting_set_place (meeting, d->place);
  koers_meeting_set_duration (meeting, KOERS_MEETING_DEFAULT_MINUTES);
  for (guint i = 0; i < G_N_ELEMENTS (d->parents) && d->parents[i] != NULL; i++)
    koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_PARENT, d->parents[i], FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_STUDENT, d->student_name, FALSE);
  koers_meeting_add_attendee (meeting, KOERS_ATTENDEE_MENTOR, mentor, TRUE);

  for (guint i = 0; i < KOERS_N_AREAS; i++)
    koers_meeting_set_strength (meeting, i, d->strengths[i]);
  koers_meeting_set_parents_appreciation (meeting, d->appreciation);
  koers_meeting_set_worry (meeting, d->worry);
  koers_meeting_set_going_well (meeting, d->going_well);
  koers_meeting_set_school_view (meeting, d->school_view);
  koers_meeting_set_home_view (meeting, d->home_view);
  koers_meeting_set_student_view (meeting, d->student_view);

  for (guint i = 0; i < G_N_ELEMENTS (d->links) && d->links[i].text != NULL; i++)
    {
      gint64 id;

      /* Without the demo's own entries the meeting would point at nothing. */
      if (!koers_demo_find_entry (entries, d->links[i].text, &id))
        return TRUE;
      koers_meeting_link_entry (meeting, id, d->links[i].role, d->links[i].area);
    }
  if (d->sensitive_entry != NULL)
    {
      if (!koers_demo_find_entry (entries, d->sensitive_entry, &sensitive_id))
        return TRUE;
      koers_meeting_link_entry (meeting, sensitive_id, KOERS_LINK_EXAMPLE, 0);
    }
  set_demo_agenda (meeting, d->sensitive_item, sensitive_id, d->held);

  if (d->discuss_active_goal && !select_active_goal (store, meeting, error))
    return FALSE;

  koers_meeting_set_status (meeting, KOERS_MEETING_PLANNED);
  if (!koers_store_save_meeting (store, meeting, error))
    return FALSE;

  return !d->held || hold_demo_meeting (store, meeting, d, mentor, today, error);
}

/* Outside the timelines' transaction: each meeting call writes its own. */
static gboolean
fill_meetings (KoersStore  *store,
               GError     **error)
{
  g_autofree char *mentor = NULL;
  g_autoptr(GError) meta_error = NULL;
  GDate today;

  koers_date_today (&today);

  /* The mentor who leads is the notebook's user, as in the app. */
  mentor = koers_store_dup_meta (store, KOERS_META_USER_NAME, &meta_error);
  if (meta_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&meta_error));
      return FALSE;
    }
  if (mentor == NULL)
    mentor = g_strdup (DEMO_MENTOR);

  for (guint i = 0; i < G_N_ELEMENTS (demo_meetings); i++)
    {
      g_autoptr(KoersStudent) student = NULL;
      g_autoptr(GPtrArray) existing = NULL;

      student = koers_store_find_student (store, demo_meetings[i].number, error);
      if (student == NULL)
        return FALSE;

      /* Filling twice adds nothing; nor does it touch meetings the user prepared. */
      existing = koers_store_list_meetings (store, koers_student_get_id (student), error);
      if (existing == NULL)
        return FALSE;
      if (existing->len > 0)
        continue;

      if (!save_demo_meeting (store, student, &demo_meetings[i], mentor, &today, error))
        return FALSE;
    }

  return TRUE;
}

char *
koers_demo_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "koers", "demo.db", NULL);
}

gboolean
koers_demo_fill (KoersStore  *store,
                 GError     **error)
{
  g_autoptr(GPtrArray) students = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (KOERS_IS_STORE (store), FALSE);

  /* New students take the notebook's user as their mentor, new entries as their
   * author: the demo's mentor, unless the notebook has a user already. */
  {
    g_autoptr(GError) meta_error = NULL;
    g_autofree char *user = koers_store_dup_meta (store, KOERS_META_USER_NAME, &meta_error);

    if (meta_error != NULL)
      {
        g_propagate_error (error, g_steal_pointer (&meta_error));
        return FALSE;
      }
    if (user == NULL && !koers_store_set_meta (store, KOERS_META_USER_NAME, DEMO_MENTOR, error))
      return FALSE;
    if (!koers_store_set_meta (store, KOERS_META_DEMO, "true", error))
      return FALSE;
  }

  for (guint i = 0; i < G_N_ELEMENTS (demo_students); i++)
    {
      const DemoStudent *d = &demo_students[i];
      KoersStudent *student = koers_student_new ();

      koers_student_set_student_number (student, d->number);
      koers_student_set_first_name (student, d->first);
      koers_student_set_tussenvoegsel (student, d->tussenvoegsel);
      koers_student_set_last_name (student, d->last);
      koers_student_set_group (student, d->group);
      koers_student_set_birth_date (student, d->birth_date);
      koers_student_set_email (student, d->email);
      /* NULL: the notebook's user, the demo's mentor. */
      if (g_strcmp0 (d->group, "ZW2B") == 0)
        koers_student_set_mentor (student, DEMO_MBO_MENTOR);
      g_ptr_array_add (students, student);
    }

  /* Matching on student numbers makes filling twice harmless. */
  if (!koers_store_import_students (store, students, NULL, NULL, error))
    return FALSE;

  /* All timelines or none: about 130 entries, one write to the file. */
  if (!koers_store_begin (store, error))
    return FALSE;
  if (!fill_timelines (store, error) ||
      !koers_store_set_meta (store, "demo", "true", error))
    {
      koers_store_rollback (store);
      return FALSE;
    }
  if (!koers_store_commit (store, error))
    return FALSE;

  return fill_goals (store, error) && fill_meetings (store, error) &&
         koers_demo_fill_checklists (store, error) && koers_demo_fill_care_meetings (store, error);
}
