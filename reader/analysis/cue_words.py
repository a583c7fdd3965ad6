"""Words that tell what a name is, beside the shared lists in :mod:`reader.analysis.gazetteer`:
kept here so the chunker and the cue rules can both use them without importing each other.
Vocabulary, not entities: the last words of organisations' names ("Airways", "United").
"""

from __future__ import annotations

# Last words of organisations' names that the shared list of organisation words lacks.
TAIL_ORG_WORDS = {"Nations", "Exchange", "Telecom", "Airways", "Motors", "Petroleum", "Energy", "Mining", "Resources",
                  "Electronics", "Communications", "Telecommunications", "Pharmaceuticals", "Insurance",
                  "Securities", "Capital", "Investments", "Brothers", "Steel", "Chemicals", "Railways", "Shipping",
                  "Foods", "Stores", "Management", "Gruppen", "Bourse", "Brigade", "Brigades", "Front", "Movement",
                  "United", "Wanderers", "Rovers", "Athletic", "Albion", "Hotspur", "Rangers", "Argyle", "Braves",
                  "Mariners", "Airlines", "Bancorp", "Motor", "Oil", "Gas", "Power", "Utilities",
                  "Pictures", "Studios", "Records", "Entertainment", "Software", "Computer", "Computers",
                  "Logistics", "Lyceum", "Sports", "Haulage", "Construction", "Developments", "Properties",
                  "Brewery", "Distillery", "Dairies", "Consulting", "Solutions", "Cooperative", "Collective"}

# Ranks and titles written before a name that the shared list lacks or does not count as a head
# title ("General Vyacheslav Tikhomirov", "Secretary-General Boutros Boutros-Ghali").
RANKS = {"General", "Major", "Colonel", "Lieutenant", "Brigadier", "Admiral", "Marshal", "Commander", "Captain",
         "Sergeant", "Corporal", "Secretary-General", "Lieutenant-General", "Major-General", "Field", "Rear",
         "Chief", "Executive", "Envoy", "Counsel", "Treasurer", "Archbishop", "Cardinal", "Sheikh", "Emir",
         "Crown", "Grand", "Mufti", "Ayatollah", "Coach", "Trainer", "Manager"}
# Portfolios and the words of a title's "of ..." ("Deputy Foreign Minister", "Secretary of State").
PORTFOLIOS = {"Foreign", "Defence", "Defense", "Finance", "Interior", "Justice", "Trade", "Health", "Education",
              "Agriculture", "Labour", "Labor", "Economy", "Economic", "Economics", "Transport", "Commerce", "Home",
              "Environment", "Culture", "Information", "Energy", "Industry", "State", "Affairs", "First", "Second",
              "Senior", "Interim", "Public", "Works", "Security", "Planning", "Development", "Tourism", "Fisheries",
              "Communications", "Telecommunications", "Privatisation", "Privatization", "Oil", "Mines", "Housing",
              "Social", "Welfare", "Sports", "Sport", "Youth", "Science", "Technology", "Near", "East", "Far",
              "Middle", "Political", "Military", "Operating", "Financial", "Executive", "Managing", "Chief"}
# Words in capitals that label a part of a wire story or a table, not a name ("NOTE -", "COMMENT :").
LABEL_WORDS = {"NOTE", "NOTES", "COMMENT", "TOTAL", "RESULTS", "MATURITY", "TYPE", "PCT", "AMT", "ISSUE", "PAY",
               "COUPON", "PRICE", "YIELD", "SOURCE", "SOURCES", "CORRECTION", "REPEAT", "RPT", "TEXT", "SUMMARY",
               "TABLE", "FACTBOX", "ANALYSIS", "FEATURE", "INTERVIEW", "PREVIEW", "REFILE", "ADVISORY", "EDITORS",
               "MLN", "BLN", "PTS", "NET", "SALES", "SHR", "REVS", "AVG", "EST", "CALL", "PUT", "SELL", "BUY",
               "OPTIONS", "FUTURES", "CLOSE", "OPEN", "HIGH", "LOW", "CHG", "VOL", "INT", "GM", "LEAD", "MANAGER",
               "WEATHER", "MARKETS", "ADDS", "RECASTS", "UPDATES", "CORRECTS", "FIXTURES", "STANDINGS", "SCORES"}
# A headline's sport, written before a dash ("GOLF - X TAKES LEAD"), and the labels of a
# scorecard's lines ("Extras ( lb-3 ) 5", "Total ( 8 wickets ) 292"): no names.
SPORT_LABELS = {"BASEBALL", "BASKETBALL", "GOLF", "TENNIS", "SOCCER", "FOOTBALL", "CRICKET", "CYCLING", "ATHLETICS",
                "BOXING", "SQUASH", "HOCKEY", "ICE HOCKEY", "SWIMMING", "ROWING", "SAILING", "SKIING", "MOTOR RACING",
                "MOTORCYCLING", "HORSE RACING", "BADMINTON", "VOLLEYBALL", "HANDBALL", "WRESTLING", "JUDO", "CHESS",
                "SNOOKER", "TABLE TENNIS", "GYMNASTICS", "EQUESTRIANISM", "TRIATHLON", "DARTS", "BOWLS"}
SCORECARD_LABELS = {"Extras", "Total", "Totals", "EXTRAS", "TOTAL"}
# Months and weekdays in capitals ("FRIDAY , AUGUST 30 SCHEDULE"), which the dates' rules read
# only in title case.
CALENDAR_CAPS = {"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
                 "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
                 "SUNDAY"}
