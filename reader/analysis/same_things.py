"""Nouns news uses for one counted thing: "3,200 workers" and "about 4,000 employees" count one
workforce, "60 households" homes, a chain's "84 of its 212 locations" and "48 stores" its shops,
"a crowd of 40,112" and "38,500 fans" one attendance. Read by
:func:`reader.analysis.quantities.quantity_key`, which keys a figure by the one noun of its row.

Hand-written: a short table; a thesaurus would join nouns news keeps apart ("officers" and "guards":
a jail's guards, or the police and a bank's guard). A "trailer" is a home ("about 30 trailers were
destroyed" in a mobile home park); a truck's trailers are rarely counted beside homes. Crude is
oil ("40 percent of the oil", "a quarter of the spilled crude"). A district's "11 campuses" are its
schools. Coaches are buses (a replacement service's), aircraft and jets planes, vessels ships, a
theater a theatre, parking citations tickets, a bank's transactions its payments, a cable
car's gondolas its cabins, a suit a lawsuit, the police officers, a train's wagons, hoppers and
railcars its cars, learners students, lorries trucks, boxes containers, travellers passengers,
shots doses, anglers fishermen and flats homes. A building's storeys are not its floors here: a count of
floors is told of a fall or a climb ("plunged about 10 floors") as often as of a building ("the
22-storey tower"). Cars are not vehicles here: a story's vehicles told by their one kind are
read by :mod:`reader.analysis.vehicle_kinds`, a road's traffic in cars by
:mod:`reader.analysis.traffic_rates`.
"""

from __future__ import annotations

SAME_THING = {"worker": "employee", "miner": "employee", "staffer": "employee", "lineman": "employee",
              "demonstrator": "protester", "house": "home", "residence": "home", "household": "home",
              "dwelling": "home", "rowhouse": "home", "townhouse": "home", "townhome": "home", "rowhome": "home",
              "bungalow": "home", "cottage": "home", "trailer": "home", "structure": "building", "position": "job",
              "layoff": "job",
              "location": "store", "outlet": "store", "shop": "store", "restaurant": "store", "fan": "attendance",
              "spectator": "attendance", "visitor": "attendance", "newborn": "baby", "infant": "baby",
              "pupil": "student", "employer": "business", "firm": "business", "educator": "teacher",
              "personnel": "employee", "filer": "taxpayer", "undergraduate": "student",
              "onlooker": "bystander", "crude": "oil", "campus": "school", "staff": "employee",
              "pensioner": "retiree", "prisoner": "inmate", "patron": "customer", "bather": "swimmer",
              "chair": "seat", "branch": "store", "municipality": "town", "troop": "soldier", "seafarer": "crew",
              "can": "container",
              # (round 36: "3,200 replacement coaches" and "about 4,000 buses"; "Eleven planes" and "14 aircraft")
              "coach": "bus", "aircraft": "plane", "airplane": "plane", "jet": "plane", "airliner": "plane",
              "vessel": "ship", "theater": "theatre", "citation": "ticket",
              "transaction": "payment", "gondola": "cabin", "ratepayer": "customer",
              # (round 38: "5 class-action suits" and "Three class-action lawsuits"; "Eight new police officers",
              # whose noun ends at "police", and "12 officers"; a train's "26 wagons" and "30 freight cars")
              "suit": "lawsuit", "police": "officer", "policeman": "officer", "wagon": "car", "railcar": "car",
              "boxcar": "car", "hopper": "car",
              # (round 39: "98 learners are being transported daily" and "126 pupils")
              "learner": "student",
              # (round 40: "29 lorries" and "22 trucks"; "95 boxes" and "140 containers" in a ship's hold; "Some 225
              # travellers flew on" and "198 passengers boarded"; "1,140 shots" and "860 vaccine doses"; roles
              # are jobs only when cut: noun_events)
              "lorry": "truck", "box": "container", "traveller": "passenger", "traveler": "passenger",
              "shot": "dose",
              # ("140 anglers" and "180 fishermen" of one tournament; "41 homes in the block" and "34 flats")
              "angler": "fisherman", "flat": "home"}
