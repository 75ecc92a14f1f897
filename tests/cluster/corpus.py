"""Short articles written for these tests: two events sharing actors, two look-alikes.

All names are invented. Each event is reported by several outlets in different words.
"""

from __future__ import annotations

from corrobora.model import EntityKind

P, ORG, L = EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE

LEADERS = (
    ("Ilena Marchetti", P),
    ("Marchetti", P, "ilena marchetti"),
    ("Tomas Hadley", P),
    ("Hadley", P, "tomas hadley"),
    ("Varosia", L),
    ("Varosian", L, "varosia"),
    ("Brenmark", L),
    ("Geneva", L),
)

# Event 1, day 0: a phone call between the two leaders.
CALL = (
    (
        "Marchetti and Hadley hold first call since border row",
        "President Ilena Marchetti of Varosia and Prime Minister Tomas Hadley of Brenmark "
        "held a telephone conversation on Tuesday, their first direct contact since the "
        "border dispute flared in January. According to officials, the two leaders "
        "discussed trade tariffs and the release of detained fishermen. Marchetti "
        "described the talk as frank and useful. Hadley's office said a follow-up meeting "
        "of foreign ministers could take place in Geneva.",
    ),
    (
        "Hadley phones Varosian leader to ease tensions",
        "Brenmark's prime minister, Tomas Hadley, phoned Varosian leader Ilena Marchetti "
        "on Tuesday in an effort to ease months of tension over the disputed frontier. The "
        "call lasted about forty minutes, aides said. Hadley pressed for the fishermen held "
        "by Varosia to be freed, while Marchetti raised the tariffs Brenmark imposed last "
        "year. Both sides called the exchange constructive and hinted at talks in Geneva.",
    ),
    (
        "Varosia and Brenmark leaders talk",
        "The leaders of Varosia and Brenmark spoke by phone on Tuesday. Marchetti and "
        "Hadley discussed the detained fishermen and the tariff quarrel, a spokesperson "
        "said, and agreed that their foreign ministers should meet soon.",
    ),
)

# Event 2, day 1: the same actors, another event (an airspace closure).
AIRSPACE = (
    (
        "Varosia shuts airspace to Brenmark flights",
        "Varosia closed its airspace to all flights from Brenmark on Wednesday, President "
        "Ilena Marchetti announced, citing security concerns along the border. Airlines "
        "were told to reroute their planes, and several departures to the capital were "
        "cancelled. Brenmark's transport ministry called the ban unjustified.",
    ),
    (
        "Flights grounded as Varosian skies close",
        "Flights between Brenmark and Varosia were grounded on Wednesday after Marchetti's "
        "government shut Varosian skies to Brenmark carriers. Prime Minister Tomas Hadley "
        "condemned the airspace closure and said his government would seek compensation "
        "for stranded passengers.",
    ),
)

CELEBRITIES = (
    ("Maya Lindqvist", P),
    ("Lindqvist", P, "maya lindqvist"),
    ("Julian Okafor", P),
    ("Okafor", P, "julian okafor"),
    ("St. Bridget's Hospital", ORG),
    ("St. Bridget's", ORG, "st bridget s hospital"),
    ("Mercy General Hospital", ORG),
    ("Oslo", L),
    ("Toronto", L),
)

# Two look-alike events on the same day: two celebrities admitted to hospital.
SINGER = (
    (
        "Singer Maya Lindqvist in hospital after collapse",
        "Singer Maya Lindqvist was admitted to St. Bridget's Hospital in Oslo on Friday "
        "after collapsing during a rehearsal, her publicist said. Doctors were running "
        "tests and her condition was described as stable. Her concerts next week have "
        "been postponed.",
    ),
    (
        "Lindqvist faints at rehearsal",
        "Pop star Maya Lindqvist is in hospital in Oslo after she fainted at a rehearsal "
        "on Friday. A representative said the singer was stable and undergoing tests at "
        "St. Bridget's, and that upcoming shows would be rescheduled.",
    ),
)
ACTOR = (
    (
        "Actor Julian Okafor hospitalised with chest pains",
        "Actor Julian Okafor was admitted to Mercy General Hospital in Toronto on Friday "
        "with chest pains, his agent said. Doctors said his condition was stable and that "
        "he was undergoing tests. Filming of his new series has been paused.",
    ),
    (
        "Okafor taken to hospital",
        "Julian Okafor, star of a hit police drama, was taken to hospital in Toronto on "
        "Friday complaining of chest pain. His representative said the actor was in stable "
        "condition, and that production of the series was on hold.",
    ),
)
