"""Appointments: someone is named to a post, or held one.

- APPOINTMENT_BY_VERB: «Мурат Нуртлеу был назначен заместителем премьер-министра – главой МИД
  3 апреля», «указом президента назначен послом в Японии»
- APPOINTMENT_POST_FIRST: «новым министром экономического развития назначен Максим Орешкин», «на пост
  министра назначен Сергей Рыбин»
- APPOINTMENT_NOUN_PHRASE: «после его назначения на пост министра иностранных дел Казахстана»
- APPOINTMENT_BECOME: «Новым главой МИД стал Ермек Кошербаев», «в 1994 году он стал президентом»
  (`extractor.clauses.became`: the post in the instrumental, not «чемпионом»)
- APPOINTMENT_TAKE_POST: «Ранее он занимал должность руководителя Администрации президента РК»,
  «кресло президента заняла его жена», «должность, которую займет Рогозин», «занимал должности в
  Объединении «Менатеп»» (POST_BODY)
- APPOINTMENT_REPLACE: «сменил на посту госсекретаря Хиллари Клинтон», «Небензя заменит посла
  Виталия Чуркина», «его заменит генерал-лейтенант Александр Галкин»
- APPOINTMENT_LEAD: «возглавил министерство финансов», «возглавила благотворительный фонд «Дети мира»»
  (LED_UNIT: a body named by its kind)
- APPOINTMENT_TAKING_OFFICE: «после вступления в должность премьер-министра»
- APPOINTMENT: any of them
"""

from yargy import and_, not_, or_, rule
from yargy.predicates import caseless, dictionary, eq, gram, in_caseless

from grammars.declaration import EventType
from grammars.gazetteer import gazetteer
from grammars.lexicon import table
from grammars.org import ORG, QUOTE, QUOTED_NAME
from grammars.person import PERSON, POSITION, UNIT_WORDS
from grammars.roles import FILLER, PRONOUN, RELATIVE_WHO, WHEN, predicate, some
from grammars.traps import APPOINTED_THING, LED_THING, POWER_TO_ACT, SAYING

WORDS = table('events', 'appointment')

APPOINT_VERB = rule(dictionary(set(WORDS['verbs']) | set(WORDS['confirm_verbs']))).named('APPOINT_VERB')
APPOINT_NOUN = rule(dictionary(set(WORDS['nouns']))).named('APPOINT_NOUN')
BECOME_VERB = rule(dictionary(set(WORDS['become_verbs']))).named('BECOME_VERB')
TAKE_VERB = rule(dictionary(set(WORDS['take_verbs']))).named('TAKE_VERB')
REPLACE_VERB = rule(dictionary(set(WORDS['replace_verbs']))).named('REPLACE_VERB')
LEAD_VERB = rule(dictionary(set(WORDS['lead_verbs']))).named('LEAD_VERB')
TAKING_OFFICE = gazetteer(WORDS['office_phrases']).named('TAKING_OFFICE')

# «Максим Орешкин, который ранее занимал пост»: the one a relative clause tells of
APPOINTEE = or_(rule(PERSON, RELATIVE_WHO.optional()), PRONOUN).named('APPOINTEE')

NEW_POSITION = rule(POSITION).named('NEW_POSITION')

# «на пост министра», «на должность руководителя»
ON_POST = rule(caseless('на'), dictionary({'пост', 'должность'}), NEW_POSITION).named('ON_POST')

APPOINTMENT_DATE = rule(WHEN).named('APPOINTMENT_DATE')

APPOINTMENT_ARGUMENT = or_(APPOINTEE, APPOINTMENT_DATE, FILLER).named('APPOINTMENT_ARGUMENT')

APPOINTMENT_BY_VERB = rule(
    some(APPOINTMENT_ARGUMENT, 3),
    predicate(APPOINT_VERB),
    some(APPOINTMENT_ARGUMENT, 2),
    or_(ON_POST, NEW_POSITION),
    some(APPOINTMENT_ARGUMENT, 2),
).named('APPOINTMENT_BY_VERB')

# «Новым главкомом назначен генерал-полковник Олег Салюков», «На должность руководителя аппарата
# назначена Анна Котова»: the post first, the appointee after
APPOINTMENT_POST_FIRST = rule(
    APPOINTMENT_DATE.optional(),
    or_(NEW_POSITION, ON_POST),
    predicate(APPOINT_VERB),
    some(APPOINTMENT_ARGUMENT, 3),
).named('APPOINTMENT_POST_FIRST')

# «первым чернокожим президентом»: a post in the instrumental, with the words that rank it
POST_AS = rule(gram('ADJF').repeatable(max=3).optional(), NEW_POSITION).named('POST_AS')

APPOINTMENT_BECOME = or_(
    rule(some(APPOINTMENT_ARGUMENT, 3), predicate(BECOME_VERB),
         some(APPOINTMENT_ARGUMENT, 2), POST_AS,
         some(APPOINTMENT_ARGUMENT, 2)),
    # «Новым британским премьером стал лидер консерваторов Дэвид Кэмерон»
    rule(APPOINTMENT_DATE.optional(), POST_AS, predicate(BECOME_VERB),
         some(APPOINTMENT_ARGUMENT, 3)),
).named('APPOINTMENT_BECOME')

UNIT_KIND = dictionary(UNIT_WORDS)

OWNER_WORD = and_(or_(gram('NOUN'), gram('ADJF')), gram('gent'))


def unit_in(case: str):
    """«рекламный отдел Центра межотраслевых научно-технических программ», «благотворительный фонд «Друзья
    культуры»», «башкирскую администрацию»: a body named by its kind in `case`, with whose it is and its name."""
    return rule(
        and_(gram('ADJF'), not_(gram('Apro'))).repeatable(max=2).optional(), and_(UNIT_KIND, gram(case)),
        or_(rule(OWNER_WORD), rule(or_(gram('ADVB'), gram('ADJS')), eq('-'), OWNER_WORD)).repeatable(max=4).optional(),
        rule(QUOTE, QUOTED_NAME, QUOTE).optional(),
    )


LED_UNIT = unit_in('accs').named('LED_UNIT')

# «занимал руководящие должности в Объединении предприятий «Менатеп»»: where a post is held
POST_UNIT = unit_in('loct').named('POST_UNIT')
POST_BODY = rule(in_caseless({'в', 'во'}), or_(ORG, POST_UNIT)).named('POST_BODY')

POST_NOUN = rule(dictionary(set(WORDS['post_nouns']))).named('POST_NOUN')

# «должность главкома», «этот пост», «высокие государственные посты», «кресло президента»
TAKEN_POST = rule(
    gram('ADJF').repeatable(max=3).optional(), POST_NOUN, NEW_POSITION.optional(), POST_BODY.optional(),
).named('TAKEN_POST')

APPOINTMENT_TAKE_POST = or_(
    rule(some(APPOINTMENT_ARGUMENT, 3), predicate(TAKE_VERB),
         some(APPOINTMENT_ARGUMENT, 2), TAKEN_POST,
         some(APPOINTMENT_ARGUMENT, 2)),
    rule(APPOINTMENT_DATE.optional(), TAKEN_POST, some(APPOINTMENT_ARGUMENT, 2),
         predicate(TAKE_VERB), some(APPOINTMENT_ARGUMENT, 3)),
    # «Должность, которую займет Рогозин»
    rule(TAKEN_POST, eq(','), dictionary({'который'}), predicate(TAKE_VERB),
         some(APPOINTMENT_ARGUMENT, 3)),
).named('APPOINTMENT_TAKE_POST')

# «на посту госсекретаря», «на этом посту»: the post someone takes from another
ON_THE_POST = rule(
    caseless('на'), gram('ADJF').repeatable(max=2).optional(), POST_NOUN, NEW_POSITION.optional(),
).named('ON_THE_POST')

# the one replaced, in the accusative (`extractor.clauses.replaced`)
PREDECESSOR = or_(PERSON, PRONOUN).named('PREDECESSOR')

APPOINTMENT_REPLACE = or_(
    rule(some(APPOINTMENT_ARGUMENT, 3), predicate(REPLACE_VERB),
         or_(ON_THE_POST, PREDECESSOR, FILLER).repeatable(max=3), some(APPOINTMENT_ARGUMENT, 2)),
    # «Его заменит генерал-лейтенант Александр Галкин»
    rule(PREDECESSOR, predicate(REPLACE_VERB), or_(ON_THE_POST, APPOINTMENT_ARGUMENT).repeatable(max=3)),
).named('APPOINTMENT_REPLACE')

# «возглавил Минфин», «возглавит ООН»: what is led
LED_BODY = or_(ORG, LED_UNIT).named('LED_BODY')

APPOINTMENT_LEAD = rule(
    some(APPOINTMENT_ARGUMENT, 3), predicate(LEAD_VERB),
    or_(LED_BODY, APPOINTMENT_ARGUMENT).repeatable(max=3).optional(),
).named('APPOINTMENT_LEAD')

APPOINTMENT_TAKING_OFFICE = rule(
    APPOINTEE.optional(), predicate(TAKING_OFFICE), NEW_POSITION.optional(), APPOINTMENT_DATE.optional(),
).named('APPOINTMENT_TAKING_OFFICE')

# «указ о назначении Александра Дарчиева послом России в США», «о назначении министром обороны Андрея
# Белоусова»
APPOINTMENT_NOUN_PHRASE = or_(
    rule(APPOINTEE.optional(), APPOINT_NOUN, APPOINTEE.optional(), or_(ON_POST, NEW_POSITION),
         APPOINTMENT_DATE.optional()),
    rule(APPOINT_NOUN, NEW_POSITION, APPOINTEE),
).named('APPOINTMENT_NOUN_PHRASE')

APPOINTMENT = or_(
    APPOINTMENT_BY_VERB, APPOINTMENT_POST_FIRST, APPOINTMENT_NOUN_PHRASE, APPOINTMENT_BECOME, APPOINTMENT_TAKE_POST,
    APPOINTMENT_REPLACE, APPOINTMENT_LEAD, APPOINTMENT_TAKING_OFFICE,
).named('APPOINTMENT')

APPOINTMENT_TYPE = EventType(
    name='appointment', module=__name__, root=APPOINTMENT,
    words=('verbs', 'nouns', 'lead_verbs', 'office_phrases'), grammar_words=('replace_verbs',),
    with_a_post=(('become_verbs', 'as'), ('take_verbs', 'word'), ('confirm_verbs', 'any')),
    triggers=(APPOINT_VERB, APPOINT_NOUN, BECOME_VERB, TAKE_VERB, REPLACE_VERB, LEAD_VERB, TAKING_OFFICE),
    roles=((APPOINTEE, 'person'), (NEW_POSITION, 'position'), (LED_BODY, 'organization'), (POST_BODY, 'organization')),
    role_order=('person', 'position', 'organization'),
    agent_role='person',
    dates=(APPOINTMENT_DATE,), verbs=(APPOINT_VERB, BECOME_VERB, TAKE_VERB, REPLACE_VERB, LEAD_VERB),
    traps=(APPOINTED_THING, LED_THING, POWER_TO_ACT, SAYING),
    identity=('position',), kind='post', agent_as_object=('verbs', 'confirm_verbs'),
)
