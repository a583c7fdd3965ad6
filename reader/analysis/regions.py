"""First-level regions of countries much in the news: provinces, states, nations, Länder.

The place table (:mod:`reader.analysis.gazetteer`) holds countries, US states and towns,
so "British Columbia", "Bavaria", "Maharashtra" or "Sichuan" were no places, and
"Ontario" was only a town in California. Written for this project from general knowledge
(the names every atlas gives); a region is a place of kind ``state``, named without a cue.
Names that are as often people's or words ("Victoria", "Georgia" the country aside) are
left out. The last lines are regions of the world and of the United States that news names
as places ("the Midwest", "the Far East", "the Balkans"), also of kind ``state``.
"""

from __future__ import annotations

_NAMES = """
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador|
Newfoundland|Prince Edward Island|Yukon|Nunavut|Northwest Territories|
New South Wales|Queensland|Tasmania|South Australia|Western Australia|Northern Territory|Australian Capital Territory|
Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|
Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Punjab|Rajasthan|Sikkim|Tamil Nadu|
Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir|Kashmir|Ladakh|

Bavaria|Baden-Württemberg|Brandenburg|Hesse|Lower Saxony|Mecklenburg-Western Pomerania|North Rhine-Westphalia|
Rhineland-Palatinate|Saarland|Saxony|Saxony-Anhalt|Schleswig-Holstein|Thuringia|
Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|
Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Xinjiang|Tibet|Inner Mongolia|Ningxia|
Catalonia|Andalusia|Basque Country|Castile and León|Aragon|Navarre|Asturias|
Lombardy|Sicily|Sardinia|Tuscany|Piedmont|Veneto|Campania|Calabria|Apulia|Lazio|Liguria|Umbria|
Brittany|Normandy|Provence|Corsica|Alsace|Burgundy|
Chechnya|Dagestan|Siberia|Crimea|Donbas|Donbass|
Sonora|Jalisco|Oaxaca|Chiapas|Michoacan|Michoacán|Sinaloa|Tamaulipas|Yucatan|Yucatán|Baja California|
Rio Grande do Sul|Minas Gerais|Bahia|Amazonas|Paraná|
Kurdistan|Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa|Aceh|Mindanao|Java|Sumatra|Borneo|Bali|Flanders|Wallonia|
Transylvania|Hokkaido|Okinawa|Darfur|Tigray|Kashmir Valley|Galilee|Gaza Strip|West Bank|Golan Heights|

Midwest|New England|Pacific Northwest|Far East|Middle East|Near East|Balkans|Caucasus|Baltics|Scandinavia|
Latin America|Central America|South America|Southeast Asia|South Asia|Central Asia|East Asia|Asia-Pacific|
Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Horn of Africa|Persian Gulf|Great Lakes|
Western Europe|Eastern Europe|Central Europe|Northern Europe|Southern Europe
"""
REGIONS = frozenset(n.strip() for n in _NAMES.replace("\n", "").split("|") if n.strip())
