"""The gender a first name usually signals, for resolving ``he`` and ``she``.

A short hand-written list (written for this project, from general knowledge of common
English-language and frequent international given names in news; no external data set
was copied), not a model: a pronoun only needs to skip a person of the other gender
(``Hillary Clinton`` for ``he``). Names used for both (Jordan, Taylor, Robin, Jean,
Kim, Leslie, Dana, Pat, Chris, Alex, Sam, Jamie, Kelly …) are left out on purpose: they
give no gender, and the article's own honorifics and pronouns then decide.
"""

from __future__ import annotations

_MALE = """
aaron abdul abraham adam adrian ahmed al alan albert alberto alejandro alexander alfred ali allen alvin
amir andre andrew andy angelo anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill
billy bob bobby brad bradley brandon brendan brent brett brian bruce bryan calvin carl carlos chad charles
charlie chuck clarence clark claude clifford clint cody colin corey craig curtis dale dan daniel
danny darrell darren dave david dean dennis derek devin dick diego dmitri don donald doug douglas duane dustin
dwight earl ed eddie edgar eduardo edward edwin eli elijah elliot emmanuel enrique eric erik ernest ethan
eugene evan felix fernando francis francisco frank franklin fred frederick gabriel gary gene geoffrey george
gerald gilbert glenn gordon graham grant greg gregory guillermo gus hank harold harry harvey hector henry
herbert howard hugh hugo ian isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy
jerome jerry jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
justin karl keith ken kenneth kevin kurt kyle lamar lance larry lawrence leon leonard leroy lewis
lloyd lonnie louis luis luke malcolm manuel marco marcus mario mark marshall martin marvin matt matthew
maurice max melvin michael miguel mike mitch mitchell mitt mohammed muhammad nathan neil nelson nicholas
nick nicolas noah norman oliver omar oscar owen pablo patrick paul pedro percy pete peter phil philip
preston rafael ralph ramon randall randy raul ray raymond reggie reince ricardo richard rick ricky rob
robert roberto rod rodney roger roland ron ronald ross roy ruben rudy rudolph russell ryan salvador samuel
scott sean sergei sergio seth shane shawn sheldon sidney stanley stephen steve steven stuart ted terrence
terry theodore thomas tim timothy todd tom tommy tony travis trent trey troy tyler vernon victor vincent
vladimir wade walter warren wayne wesley willard william willie xavier yusuf zachary
abel ahmad akira alexei amit anders angus anil arjun armando arturo axel bjorn bogdan boris bruno callum
cedric chidi cian clive conor connor cormac cristian darius declan deepak desmond dieter dimitri dirk dmitry
dominic duncan dylan emeka emil emilio emre enzo eoin ewan fabio farid fergus finn florian francesco gareth
gerhard giorgio giovanni giuseppe gunther gustavo hamish hamza hans harold hassan heinrich hiroshi ibrahim
ignacio igor imran ismael jamal jens joaquin jorge jurgen kamal karim kenji klaus kofi kwame lars leo lionel
lorenzo luca lucas luigi magnus mahmoud manfred marek mateo matteo mehmet mikhail milan miroslav mustafa
nathaniel neville niall nigel nikolai olaf olu oskar pablo paolo pavel pierre pieter piotr rahul rajesh ravi
reuben rhys rory rupert sanjay santiago sebastian sipho simon stefan sven takeshi tariq theo thabo tobias toby
tomas tomasz trevor tunde vikram viktor wolfgang yannick yuri zoltan
"""
_FEMALE = """
abby abigail ada adriana agnes aisha alexandra alice alicia alison allison alma amanda amber amelia amy
ana andrea angela angelina anita ann anna anne annette antoinette april ashley audrey barbara beatrice becky
betsy betty beverly bonnie brenda bridget brittany brooke camila candace carla carly carmen carol carole
caroline carolyn carrie catherine cathy cecilia charlotte cheryl chloe christina christine cindy claire clara
claudia colleen connie constance cynthia daisy danielle daphne darlene dawn debbie deborah debra denise
diana diane dianne dolores donna doris dorothy edith eileen elaine eleanor elena elise elizabeth ellen
elsa emily emma erica erin esther eva evelyn fatima florence frances gabriela gail gina gladys gloria grace
gretchen gwen hannah harriet hazel heather heidi helen hillary holly hope huma ilhan irene iris isabel
ivanka jacqueline jane janet janice jasmine jeanne jeannie jennifer jenny jessica jill joan joanna joanne
josephine joy joyce juanita judith judy julia julie june karen katherine kathleen kathryn kathy katie katrina
kay kayla kellyanne kirsten kristen laura lauren leah lillian linda lisa liz lois loretta lori lorraine louise
lucia lucy lydia lynn madeleine madison maggie marcia margaret maria marian marie marilyn marine marion
marjorie marsha martha mary maureen maxine megan megyn melania melanie melinda melissa meryl mia michele
michelle mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia pamela patricia
paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rita roberta rosa rosalind rose
rosemary ruth sabrina sally samantha sandra sara sarah serena sharon sheila shelley sherry shirley silvia
sofia sonia sophia sophie stacey stephanie sue susan susana suzanne sylvia tamara tammy tanya teresa theresa
tiffany tina tracy ursula valerie vanessa vera veronica victoria virginia vivian wanda wendy whitney yolanda
yvonne zoe
agata agnieszka aiko amina anjali anke astrid ava beatriz bethan birgit carys chioma ciara deepa eilidh
elke ella eloise emilia fiona freya greta hanna helga hilde ingrid ines isabella isla jolanta kasia katarzyna
kirsty leila lily lina magda maja malgorzata marisol marta matilda morag nadia ngozi niamh nomvula orla pilar
priya rhiannon rosalie saoirse siobhan sunita svetlana thandi yasmin zainab zofia
"""
MALE = frozenset(_MALE.split())
FEMALE = frozenset(_FEMALE.split())


def first_name_gender(name: str) -> str | None:
    """``m``, ``f`` or ``None`` for a full name by its first word (``Hillary Clinton`` → ``f``);
    ``None`` for a lone surname, an initial, or a name used for both."""
    words = name.split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    return "m" if first in MALE else "f" if first in FEMALE else None
