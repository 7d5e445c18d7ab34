"""The words walk-backs are written with, in every language monitor extracts.

English, German, French, Spanish, Italian and Portuguese. Each table is a list of regex
fragments matched case-insensitively on folded text (straight quotes, one space), at word
starts; ``claims`` compiles them once. Kept apart from the rules so that a language is added
by adding words, not code.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------
# Frames: what a later sentence says about an earlier report.

# "X denied (reports) that …": the denied clause follows the cue.
DENIAL = r"""
    den(?:y|ies|ied|ying)\b | refut(?:e|es|ed|ing)\b
  | (?:dismiss|reject)(?:ed|es|s|ing)?\s+(?:the\s+|these\s+|those\s+|as\s+)?
      (?:reports?|claims?|allegations?|rumou?rs?|accounts?|suggestions?)\b
  | dementi(?:ert|erte|erten|eren)?\b | bestr(?:eitet|itt|itten)\b | zurückgewiesen\b
  | (?:a|ont|avait)\s+(?:formellement\s+)?(?:démenti|nié)\b | dément(?:ent)?\b | démentent\b
  | ni(?:e|ent)\s+(?:avoir|être|que)\b | démenti\b
  | desmint(?:ió|ieron|e|en|ió\s+que)\b | neg(?:ó|aron)\b | niega(?:n)?\b
  | (?:ha|hanno)\s+(?:seccamente\s+)?(?:smentito|negato)\b | smentis(?:ce|cono)\b | smentita\b
  | desment(?:iu|iram|e|em)\b | neg(?:ou|aram)\b
  | took\s+issue\s+with | push(?:ed|es)?\s+back | knock(?:ed|s)?\s+down | rebut(?:ted|s)?\b | rebuff(?:ed|s)?\b
  | disput(?:ed|es|ing)\b | contest(?:ed|s)\b | challeng(?:ed|es)\s+(?:the|that|this|those)
  | did\s+not\s+stand\s+up | no\s+truth | pure\s+fiction | fabricat\w+ | baseless | unfounded | nonsense
  | poured\s+cold\s+water | no\s+plans\b
  | zurückgewiesen | wies\s+(?:[\w'’-]+\s+){0,4}zurück | weis(?:t|en)\s+(?:[\w'’-]+\s+){0,8}zurück | widersprach | widersprechen | frei\s+erfunden
  | nicht\s+haltbar | entbehr\w+ | haltlos | stellte\s+(?:[\w'’-]+\s+){0,3}richtig
  | contest(?:é|ée|ent|e)\b | a\s+rétorqué | infondée?s? | fantaisiste | aucun\s+fondement | démenti\s+toute?
  | rebat(?:ió|ieron|e)\b | bulo\b | sin\s+fundamento | calificó\s+de\s+fals
  | priv[eoia]\s+di\s+fondamento | non\s+corrispond\w*\s+al\s+vero | contestat[oaie]\b | infondat[oaie]
  | fake\s+news | sem\s+fundamento | contest(?:ou|aram)\b | rebat(?:eu|eram)\b
  | nothing\s+of\s+the\s+sort | nichts\s+dergleichen | rien\s+de\s+tel | niente\s+del\s+genere
  | nada\s+de\s+eso | schlicht\s+falsch | (?:nannten?|bezeichnete[n]?)\s+(?:[\w'’-]+\s+){0,4}(?:als\s+)?[„"]?(?:falsch|unwahr|erfunden|haltlos)
  | qualifi\w+\s+(?:[\w'’-]+\s+){0,3}de\s+[«"]?\s*(?:mensong|fauss|infond|diffamat)
  | called\s+(?:the\s+|these\s+|those\s+)?(?:reports?|claims?|allegations?|accusations?)\s+(?:false|untrue|baseless|lies|wrong)
  | (?:ha\s+)?definit[oaie]\s+(?:[\w'’-]+\s+){0,3}(?:false|falsa|falso|infondat)
"""
# "denied bail", "verweigert": a denial of a permission, not of a claim.
PERMISSION = r"""
    (?:bail|entry|access|visas?|permission|parole|asylum|boarding|admission|service|licen[cs]e
      |requests?|applications?|appeals?|a\s+(?:visa|permit|licen[cs]e|request)|the\s+(?:request
      |application|appeal|motion|visa|permit))\b
"""
# "it is now unclear whether …", "conflicting reports": the report is made uncertain.
UNCERTAIN = r"""
    (?:it\s+is|it's|it\s+was|it\s+remains?|remains?|is\s+now|now)\s+(?:now\s+|still\s+|also\s+)?
      (?:unclear|uncertain|not\s+(?:yet\s+)?clear|not\s+(?:yet\s+)?known|unknown|an\s+open\s+question)\b
  | open\s+question | stopped\s+short\s+of | remains\s+to\s+be\s+seen | no\s+(?:official\s+)?confirmation
  | unklar\b | ungewiss\b | fraglich\b | in\s+den\s+sternen | nicht\s+bestätigt
  | rien\s+ne\s+permet\s+d'affirmer | incertaine? | pas\s+(?:encore\s+)?confirmé
  | no\s+hay\s+confirmación | sin\s+confirma | resta\s+da\s+(?:verificare|accertare|capire)
  | non\s+c'è\s+(?:ancora\s+)?conferma | não\s+há\s+confirmação | por\s+confirmar
  | (?:could|can|cannot|can't|were\s+unable\s+to|was\s+unable\s+to|have\s+not\s+been\s+able\s+to)
      \s*(?:not\s+)?(?:independently\s+)?(?:confirm|verify)\b
  | konnten?\s+(?:[\w'’-]+\s+){0,3}nicht\s+bestätig | n'(?:a|ont)\s+pas\s+pu\s+confirmer
  | no\s+(?:pudo|pudieron|han\s+podido)\s+confirmar | non\s+(?:ha|hanno)\s+potuto\s+confermare
  | não\s+(?:pôde|puderam|conseguiu)\s+confirmar
  | no\s+longer\s+(?:clear|certain) | (?:could|can|cannot|can't)\s*(?:not\s+)?be\s+
      (?:independently\s+)?(?:confirmed|verified)\b | questions\s+(?:remain|now)\b
  | (?:ist|bleibt|war)\s+(?:nun\s+|jetzt\s+|inzwischen\s+|weiter\s+|noch\s+)?(?:unklar|ungewiss|offen)
  | nicht\s+(?:mehr\s+)?(?:klar|sicher|bestätigt)\b | lässt\s+sich\s+nicht\s+bestätigen
  | on\s+ignore\b | (?:il\s+)?n'est\s+(?:plus|pas)\s+(?:certain|clair|sûr|établi)\b
  | incertain | reste\s+(?:à\s+confirmer|incertain) | n'a\s+pas\s+pu\s+être\s+confirmé
  | no\s+está\s+claro | no\s+se\s+sabe | ya\s+no\s+es\s+seguro | no\s+ha\s+podido\s+(?:ser\s+)?confirmar
  | non\s+è\s+(?:più\s+)?(?:chiaro|certo) | non\s+si\s+sa | resta\s+da\s+chiarire
  | non\s+è\s+stato\s+possibile\s+confermare | (?:pas|plus)\s+en\s+mesure\s+de\s+confirmer
  | nicht\s+in\s+der\s+lage,?\s+\w+\s+zu\s+bestätigen | no\s+(?:está|estaba)\s+en\s+condiciones\s+de\s+confirmar
  | non\s+(?:è|era)\s+in\s+grado\s+di\s+confermare | não\s+(?:está|estava)\s+em\s+condições\s+de\s+confirmar
  | não\s+está\s+claro | não\s+se\s+sabe | já\s+não\s+é\s+certo | não\s+foi\s+possível\s+confirmar
  | (?:wird|werde)\s+(?:erst\s+)?(?:[\w'’-]+\s+){0,6}entschieden | steht\s+noch\s+nicht\s+fest
  | n'est\s+plus\s+acquis | (?:doit|devra)\s+encore\s+trancher | n'est\s+pas\s+encore\s+décidé
  | not\s+(?:yet\s+)?been\s+decided | has\s+yet\s+to\s+decide | non\s+è\s+(?:ancora\s+)?deciso
  | no\s+está\s+(?:aún\s+)?decidido
  | (?:keep|keeping|kept)\s+an\s+open\s+mind | (?:not|nothing)\s+(?:been\s+)?ruled\s+(?:anything\s+|it\s+|this\s+)?out
  | ruled\s+nothing\s+out | remains?\s+to\s+be\s+(?:determined|established|confirmed)
  | (?:reste|restent)\s+à\s+(?:déterminer|établir|éclaircir) | n'exclu(?:t|ent)\s+aucune\s+piste
  | aucune\s+piste\s+n'est\s+(?:écartée|exclue) | (?:wird|werden)\s+(?:[\w'’-]+\s+){0,2}nicht\s+ausgeschlossen
  | schlie(?:ßt|ßen)\s+(?:[\w'’-]+\s+){0,2}nichts\s+aus | non\s+si\s+esclude | nessuna\s+pista\s+(?:è\s+)?esclusa
  | resta\s+da\s+(?:determinare|stabilire) | no\s+se\s+descarta | (?:está|queda)\s+por\s+determinar
  | não\s+se\s+descarta | (?:está|resta)\s+por\s+apurar
"""
# A cause given as known: "caused by a gas leak", "provoquée par", "ausgelöst durch".
CAUSE_GIVEN = r"""
    (?:caused|started|sparked|triggered|set\s+off)\s+by | (?:due|owing)\s+to | because\s+of
  | blamed\s+on | the\s+cause\s+(?:of\s+[\w\s'’-]{1,40}?\s+)?(?:was|is)\b
  | ursache\s+(?:[\w'’-]+\s+){0,3}(?:war|ist|sei)\b | (?:ausgelöst|verursacht)\s+(?:durch|von)
  | wegen\s+(?:eines|einer|des|der)\b
  | (?:provoqué|causé|déclenché)e?s?\s+par | dûe?s?\s+à | à\s+cause\s+d
  | (?:causat|provocat|innescat)[oaie]\s+da | dovut[oaie]\s+a | a\s+causa\s+d
  | (?:causad|provocad)[oa]s?\s+por | debido\s+a | devido\s+a
"""
# What a later sentence says is unknown is the cause: "what caused", "l'origine", "Ursache".
CAUSE_ASKED = r"""
    what\s+(?:caused|started|sparked|triggered|led\s+to) | the\s+cause\b | the\s+origin\b
  | how\s+(?:[\w'’-]+\s+){0,6}came\s+to | (?:brand)?ursache | was\s+(?:[\w'’-]+\s+){0,4}ausgelöst
  | wie\s+es\s+zu | l'origine | la\s+cause\b | ce\s+qui\s+a\s+(?:provoqué|causé)
  | la\s+causa\b | le\s+cause\b | cosa\s+(?:abbia|ha)\s+(?:provocato|causato) | el\s+origen
  | qué\s+(?:provocó|causó) | a\s+causa\b | a\s+origem | o\s+que\s+(?:provocou|causou)
"""
CONFLICTING = r"""
    (?:conflicting|contradictory|differing|mixed|contrasting)\s+(?:reports?|accounts?|information
      |claims|statements|versions)
  | widersprüchliche?n?\s+(?:berichte|angaben|informationen|meldungen|aussagen)
  | (?:informations|versions|déclarations)\s+contradictoires | des\s+versions\s+divergentes
  | (?:angaben|berichte|informationen)\s+(?:sind|waren)\s+widersprüchlich
  | (?:informations|versions|sources)\s+(?:sont|restent)\s+contradictoires
  | (?:informaciones|versiones)\s+son\s+contradictorias | (?:notizie|versioni)\s+sono\s+(?:contrastanti|contraddittorie)
  | (?:informações|versões)\s+são\s+(?:contraditórias|divergentes)
  | (?:informaciones|versiones|noticias|datos)\s+contradictori[oa]s
  | (?:notizie|versioni|informazioni)\s+(?:contrastanti|contraddittorie|discordanti)
  | accounts\s+(?:[\w'’-]+\s+){0,6}(?:conflict|differ|diverge)(?:ed|s)?
  | (?:different|another|other|conflicting|sharply\s+different)\s+(?:account|version|recollection|story|picture)
  | tell\s+it\s+differently | tells?\s+(?:a\s+)?different\s+story
  | (?:schilder|stellte|stellt|stellen|sehen|sieht|beschreib)\w*\s+(?:[\w,]+\s+){0,5}anders
  | andere\s+(?:version|darstellung) | (?:autre|tout\s+autre)\s+(?:version|récit) | version\s+différente
  | otra\s+versión | versión\s+distinta | un'altra\s+versione | versione\s+diversa
  | outra\s+versão | versão\s+diferente
  | (?:informações|versões|notícias)\s+(?:contraditórias|divergentes)
"""
# The earlier report was wrong, withdrawn or corrected.
EARLIER_WRONG = r"""
    (?:erroneously|incorrectly|wrongly|mistakenly|falsely)\s+
      (?:reported|said|stated|claimed|identified|named|described|given)\b
  | contrary\s+to\s+(?:what\s+was\s+)?(?:earlier|initial|first|previous)
  | retract(?:s|ed|ion|ing)?\b | walk(?:ed|s|ing)?\s+back\b | withdr(?:ew|awn)\s+(?:its|the|their|his|her)\b
  | backtrack(?:ed|s|ing)?\b | reversed\s+course\b | in\s+error\b
  | (?:was|were|is|are|had\s+been|has\s+been)\s+(?:incorrect|inaccurate|mistaken
      |overstated|understated|exaggerated|too\s+(?:high|low))\b
  | mis(?:identified|stated|reported|quoted|attributed|named)\b
  | overstated\b | understated\b | exaggerated\b | too\s+(?:high|low)\b
  | revised\s+(?:down|up|its|their|the)\b | lowered\s+(?:its|their|the)\b
  | correct(?:ed|s|ing)\s+(?:its|their|his|her|the|an|that)\s+(?:earlier\s+|initial\s+)?
      (?:figure|report|statement|number|account|estimate|toll|count|information|claim)
  | entgegen\s+(?:ersten|früheren|anfänglichen|anderslautenden|bisherigen)\b
  | anders\s+als\s+(?:zunächst|zuvor|ursprünglich|bisher)\b | (?:zunächst|zuvor)\s+fälschlich
  | fälschlich(?:erweise)?\b | irrtümlich\b | (?:ihre|seine|die)\s+angaben\s+korrigiert
  | (?:angaben|zahl|zahlen|bilanz|opferzahl|mitteilung|meldung|darstellung)\s+(?:[\w,]+\s+){0,6}?
      (?:korrigiert|revidiert|berichtigt) | zu\s+hoch\s+angesetzt | (?:deutlich\s+|viel\s+)?zu\s+(?:hoch|niedrig)\b
  | übertrieben\b | surévalué | exagéré | exagerad[oa] | esagerat[oa] | inflated\b | double-counted | zurückgezogen\b | nach\s+unten\s+korrigiert
  | contrairement\s+à\s+ce\s+qu | par\s+erreur | erroné | rectifi(?:é|e|er)\b
  | revu\s+(?:son|leur|ses|le)\s+\w+\s+à\s+la\s+(?:baisse|hausse) | revu\s+à\s+la\s+(?:baisse|hausse)
  | a\s+corrigé | surestimé | retiré\s+(?:son|leur)\s+(?:article|information)
  | contrariamente\s+a\s+lo | a\s+diferencia\s+de\s+lo | por\s+error | erróneamente
  | rectific(?:ó|aron|a)\b | corrigi(?:ó|eron)\b | rebaj(?:ó|aron)\b | sobrestimad
  | contrariamente\s+a\s+quanto | diversamente\s+da\s+quanto | erroneamente | per\s+errore
  | (?:ha|hanno)\s+(?:corretto|rettificato|rivisto)\b | rivist[oa]\s+al\s+ribasso
  | ao\s+contrário\s+do\s+que | erradamente | por\s+engano | corrigi(?:u|ram)\b | retific(?:ou|aram)\b
"""
# Words that recall what was said before: a walk-back's frame, not one by themselves.
EARLIER_SAID = r"""
    (?:earlier|initial|previous|first|early)\s+reports?\b
  | (?:initially|earlier|previously|first)\s+(?:reported|said|stated|claimed|identified|named|described)\b
  | (?:reported|said|stated)\s+(?:earlier|initially|previously)\b
  | (?:zunächst|zuvor|ursprünglich)\s+(?:hieß\s+es|berichtet|gemeldet|angegeben)
  | (?:initialement|d'abord|auparavant)\s+(?:annoncé|indiqué|rapporté) | dans\s+un\s+premier\s+temps
  | (?:inicialmente|en\s+un\s+principio)\s+(?:se\s+)?(?:informó|dijo|indicó)
  | (?:inizialmente|in\s+un\s+primo\s+momento)\s+(?:si\s+era\s+)?(?:detto|riferito|annunciato)
  | (?:inicialmente|a\s+princípio)\s+(?:foi\s+)?(?:noticiado|informado|divulgado|dito)
"""
# Words that call something false: about the earlier claim only when most of the sentence is.
FALSE_WORDS = r"""
    (?:was|were|is|are|had\s+been|has\s+been|proved|proven)\s+(?:wrong|false|untrue|unfounded|baseless)\b
  | turned\s+out | hoax\b | false\s+alarm | fake\b
  | (?:war|waren|ist|sind)\s+(?:falsch|unzutreffend|haltlos) | falschmeldung | fehlalarm
  | (?:était|étaient|est|sont)\s+(?:fausses?|infondées?|erronées?) | fausse\s+alerte | s'est\s+avéré
  | (?:era|eran|es|son)\s+(?:falsos?|falsas?|infundad[oa]s?) | falsa\s+alarma | result[óo]\s+ser
  | (?:era|erano|è|sono)\s+(?:falsi|false|falso|infondat[eio]) | falso\s+allarme | si\s+è\s+rivelat
  | (?:era|eram|é|são)\s+(?:falsos?|falsas?|infundad[oa]s?) | falso\s+alarme | revelou-se
"""
# A correction note's own label, at a sentence start.
CORRECTION_LABEL = r"""
    (?:correction|clarification|korrektur|berichtigung|richtigstellung|rectificatif|correctif
      |erratum|errata\s+corrige|corrección|fe\s+de\s+errores|aclaración|rettifica|correzione|precisazione
      |correção|retificação|errata)\s*[:—-]
"""
# Newsroom correction wording (an earlier version of this article …).
CORRECTION_NOTE = r"""
    (?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+
      (?:article|story|post|report|item|update|headline|graphic|photo\s+caption|caption)\b
  | this\s+(?:article|story|post|report|item|update)\s+(?:has\s+been|was|is\s+being)\s+
      (?:amended|corrected)\b
  | (?:the\s+associated\s+press|reuters|we)\s+(?:erroneously|incorrectly|mistakenly|wrongly)\s+
      (?:reported|said|stated|described|identified)\b
  | in\s+einer\s+(?:früheren|ersten)\s+(?:version|fassung) | dans\s+une\s+(?:précédente|première)\s+version
  | en\s+una\s+versión\s+anterior | in\s+una\s+(?:precedente|prima)\s+versione
  | numa\s+versão\s+anterior | em\s+uma\s+versão\s+anterior
  | (?:nella|in\s+una)\s+prima\s+versione | en\s+la\s+primera\s+versión | dans\s+la\s+première\s+version
  | na\s+primeira\s+versão | in\s+der\s+ersten\s+fassung | misstated\b | misreported\b
  | (?:une|la)\s+(?:version\s+(?:précédente|antérieure)|précédente\s+version)\s+de\s+(?:cet|notre)\s+article
  | eine\s+frühere\s+(?:version|fassung)\s+dieses\s+(?:artikels|beitrags|textes)
  | una\s+(?:versione\s+precedente|precedente\s+versione)\s+di\s+questo\s+articolo
  | una\s+versión\s+anterior\s+de\s+(?:este|esta)\s+(?:artículo|nota|información)
  | uma\s+versão\s+anterior\s+(?:deste|desta)\s+(?:artigo|reportagem|texto)
"""
# "officials now say …": a revision, when it changes what was said.
NOW_SAY = r"""
    (?:now|later)\s+(?:says?|said|believes?|thinks?|confirms?|concedes?|acknowledges?|admits?)\b
  | (?:say|says|said|believe|believes)\s+now\b | now\s+(?:appears|seems)\b
  | (?:sagt|sagen|erklärt|erklären|heißt\s+es|geht|gehen|spricht|sprechen|geht\s+man)\s+
      (?:nun|jetzt|inzwischen|mittlerweile)\b
  | (?:nun|jetzt|inzwischen|mittlerweile)\s+(?:heißt\s+es|sagt|sagen|erklärt|geht)\b
  | (?:affirme|assure|dit|indique|estime|explique)(?:nt)?\s+(?:désormais|maintenant|à\s+présent)\b
  | (?:désormais|maintenant|à\s+présent)\s*,?\s+(?:la|le|les)?\s*\w+\s+(?:affirme|assure|dit)
  | (?:dicen|afirma|afirman|asegura|aseguran|sostiene|sostienen|señala|señalan)\s+ahora\b
  | ahora\s+(?:dicen|afirma|afirman|asegura|aseguran|sostienen)\b
  | (?:dicono|afferma|affermano|sostiene|sostengono|spiega|spiegano)\s+ora\b
  | ora\s+(?:dicono|afferma|affermano|sostengono)\b
  | (?:dizem|afirma|afirmam|diz|garante|garantem)\s+agora\b | agora\s+(?:dizem|afirmam|garantem)\b
"""
# A value set against the one it replaces: "not 23", "et non 12 000", "statt 38".
REPLACES = r"""
    (?:and\s+|but\s+)?not\s+(?:the\s+)?(?=\S) | instead\s+of | rather\s+than
  | (?:und\s+)?nicht\s+(?:wie\s+(?:zunächst\s+)?(?:gemeldet|berichtet)\s+)?(?=\S)
  | statt | anstatt | anstelle\s+von | sondern
  | et\s+non(?:\s+pas)?(?:\s+de)? | non\s+pas | au\s+lieu\s+de | plutôt\s+qu
  | y\s+no(?:\s+de)? | en\s+lugar\s+de | en\s+vez\s+de | sino
  | e\s+non(?:\s+di)? | invece\s+di | anziché | bensì
  | (?<=,\s)(?:non|pas|no|nicht)\s+(?=\d|[^\W\d]+(?:\s|,|\.|$))(?!(?:è|sono|c'è|ci|si|ha|hanno|est|sont|a|ont|es|son|ist|sind|hat|haben)\b)
  | e\s+não(?:\s+de)? | em\s+vez\s+de | ao\s+invés\s+de | mas\s+sim
"""
# A value put in place of another: "an accident rather than arson", "statt", "plutôt que".
INSTEAD = r"""
    instead\s+of | rather\s+than | statt | anstatt | anstelle\s+von | sondern | au\s+lieu\s+de
  | plutôt\s+qu | et\s+non | non\s+pas | en\s+lugar\s+de | en\s+vez\s+de | y\s+no\s+(?:de|por)
  | invece\s+di | anziché | bensì | e\s+non | em\s+vez\s+de | ao\s+invés\s+de | mas\s+sim | e\s+não
"""
# A report of someone's "exoneration": X had no part in it.
CLEARED = r"""
    (?:had|has|have)\s+(?:nothing\s+to\s+do|no\s+(?:part|role|involvement|connection|link))\b
  | (?:was|were|is|are)\s+not\s+(?:involved|responsible|the\s+(?:shooter|attacker|gunman|driver
      |suspect|culprit|perpetrator|pilot|man|woman))\b
  | (?:was|were|has\s+been|have\s+been)\s+(?:cleared|exonerated|ruled\s+out)\b
  | released\s+\S+(?:\s+\S+){0,3}\s+without\s+charge | wrongly\s+(?:identified|named|accused)
  | nichts\s+(?:damit\s+)?zu\s+tun | nicht\s+(?:beteiligt|der\s+täter|verantwortlich)
  | keine\s+(?:rolle|beteiligung|verbindung) | entlastet\b
  | hors\s+de\s+cause | n'(?:a|avait)\s+(?:rien|aucun)\s+(?:à\s+voir|rôle|lien)
  | (?:n'est|n'était)\s+pas\s+(?:impliqué|l'auteur|le\s+suspect|responsable) | innocenté
  | no\s+tuvo\s+(?:nada\s+que\s+ver|ningún\s+papel|ninguna\s+participación|relación)
  | no\s+(?:es|era|fue)\s+(?:el\s+autor|responsable|el\s+sospechoso) | descartad[oa]\s+como
  | non\s+(?:ha|aveva)\s+(?:avuto\s+)?(?:alcun\s+ruolo|nulla\s+a\s+che\s+fare|niente\s+a\s+che\s+fare)
  | (?:è|era)\s+estraneo | non\s+(?:è|era)\s+(?:l'autore|il\s+responsabile|coinvolto)
  | no\s+longer\s+(?:a\s+|the\s+)?suspect | nicht\s+mehr\s+(?:als\s+)?(?:tat)?verdächtig
  | n'est\s+plus\s+(?:suspect|soupçonné|mis\s+en\s+cause) | non\s+è\s+più\s+(?:sospettat|indagat)
  | ya\s+no\s+es\s+sospechoso | já\s+não\s+é\s+suspeito
  | não\s+teve\s+(?:qualquer|nenhum[a]?)\s+(?:envolvimento|participação|papel|relação)
  | nada\s+(?:teve\s+)?a\s+ver | não\s+(?:é|era|foi)\s+(?:o\s+autor|o\s+responsável|envolvido)
"""

# ---------------------------------------------------------------------------------------------
# Vetoes: a sentence about something else, a count that moved, a confirmation.

OTHER_EVENT = r"""
    (?:separate|unrelated|different|another|second|earlier|previous|prior)\s+(?:[\w'’-]+\s+){0,2}?
      (?:attack|strike|incident|bombing|event|case|matter|blast|raid|operation|shooting|fire|crash
      |affair|dispute|lawsuit|investigation|inquiry|vote|election|race|threat|alert|alarm|call
      |warning|scare)s?\b
  | (?:a\s+)?(?:second|nearby|another)\s+(?:[\w'’-]+\s+){0,2}?(?:threat|alert|alarm|call|warning|scare|report)s?\b
  | zweite[nrs]?\s+(?:alarm|drohung|meldung|einsatz|fall) | (?:seconde?|autre|nouvelle)\s+alerte
  | (?:segund[oa]|otr[oa])\s+(?:aviso|alerta|amenaza|llamada) | (?:second[oa]|altr[oa])\s+(?:segnalazione|allarme|allerta)
  | (?:segund[oa]|outr[oa])\s+(?:alerta|ameaça|denúncia)
  | (?:last|previous)\s+(?:week|month|year|season|summer|winter|spring|autumn)\b
  | (?:in|bei)\s+(?:einem|einer)\s+(?:anderen|separaten)\b | in\s+einem\s+anderen\s+fall
  | dans\s+une?\s+autre\s+(?:affaire|dossier|enquête|incident) | dans\s+un\s+autre\s+dossier
  | l'an\s+dernier | l'année\s+dernière
  | en\s+otr[oa]\s+(?:caso|asunto|incidente) | el\s+año\s+pasado
  | in\s+un(?:'|\s)altr[oa]\s+(?:caso|vicenda|inchiesta|episodio) | l'anno\s+scorso
  | (?:em|n)outr[oa]\s+(?:caso|processo|incidente) | em\s+outr[oa]\s+(?:caso|processo) | no\s+ano\s+passado
"""
RISING = r"""
    ris(?:es|en|ing)\b | rose\b | climb(?:s|ed|ing)?\b | increas(?:es|ed|ing)\b | jump(?:s|ed)\b
  | grew\b | grown\b | mount(?:s|ed|ing)\b | up\s+from\b | swell(?:s|ed)\b | now\s+stands\b
  | (?:fell|falls|dropped|drops|declined|sank|decreased|down)\s+(?:to|from)\b
  | gestiegen\b | stieg\b | steigt\b | erhöht\b | gesunken\b | sank\b
  | s'élève\s+(?:désormais|maintenant|à\s+présent) | s'est\s+alourdi | s'alourdit | alourdi | est\s+passé | a\s+grimpé | atteint\s+désormais
  | a\s+augmenté | en\s+hausse | a\s+baissé | est\s+tombé
  | aument(?:ó|a|aron)\b | ascendi(?:ó|ó\s+a)\b | (?:sube|subió)\s+a\b | se\s+eleva\b | baj(?:ó|a)\s+a\b
  | (?:è|sono)\s+salit[oi]\b | sale\s+a\b | aumentat[oi]\b | (?:è|sono)\s+scesi?\b
  | subiu\b | aumentou\b | sobe\s+para\b | ascende\s+a\b | desceu\b | caiu\s+para\b
"""
CONFIRM = r"""
    confirm(?:s|ed|ing)?\s+(?:the\s+)?(?:earlier\s+|initial\s+)?(?:reports?|what|that|accounts?)
  | as\s+(?:earlier|previously|first)\s+reported | corroborat(?:es|ed|ing)
  | bestätig(?:t|te|ten)\b | a\s+confirmé | ont\s+confirmé | confirm(?:ó|aron)\b
  | (?:ha|hanno)\s+confermato | conferma(?:no)?\b | confirm(?:ou|aram)\b
"""
# A hedged claim: the classic target of a walk-back.
HEDGE = r"""
    reportedly | allegedly | purportedly | apparently | unconfirmed | unverified | rumou?red?
  | (?:is|are|was|were)\s+(?:said|believed|thought|reported|understood)\s+to
  | according\s+to\s+(?:unconfirmed|initial|early|local)\s+reports? | initial\s+reports
  | possibly | may\s+have | might\s+have | believed\s+to\s+be
  | angeblich | mutmaßlich | soll(?:en)?\s+(?:[\w,]+\s+){1,7}(?:haben|sein|worden)\b | unbestätigt
  | offenbar | wohl | nach\s+(?:unbestätigten\s+|ersten\s+)?(?:informationen|berichten)
  | aurai(?:t|ent)\b | serai(?:t|ent)\b | selon\s+des\s+informations | non\s+confirmé | présumé
  | supuestamente | al\s+parecer | habría(?:n)?\b | sería(?:n)?\b | presuntamente | según\s+fuentes
  | sarebbe(?:ro)?\b | avrebbe(?:ro)?\b | secondo\s+indiscrezioni | pare\s+che | presunt[oa]
  | teria(?:m)?\b | seria(?:m)?\b | alegadamente | supostamente | segundo\s+fontes
"""

# ---------------------------------------------------------------------------------------------
# States a person or a thing is said to be in.

DEAD = r"""
    kill(?:ed|s|ing)?\b | dead\b | death\s+toll | toll\b | todesopfer | opfer\b | victimes\b | víctimas\b | died\b | dies\b | death\b | slain\b | shot\s+dead | lost\s+(?:his|her|their)\s+li
  | among\s+the\s+(?:dead|victims|killed) | fatal(?:ly)?\b | perished
  | (?:recovered|retrieved|found)\s+the\s+bod(?:y|ies) | leiche | corps\s+sans\s+vie
  | corpo\s+senza\s+vita | cadavere | cadáver
  | getötet | tot\b | tote[nr]?\b | ums\s+leben | starb | gestorben | verstorben | tödlich
  | tué(?:e|s|es)?\b | mort(?:e|s|es)?\b | décédé | a\s+péri | ont\s+péri | perdu\s+la\s+vie
  | muert[oa]s?\b | muri(?:ó|eron)\b | fallecid | falleci(?:ó|eron) | perdi(?:ó|eron)\s+la\s+vida
  | uccis[oiae]\b | mort[oiae]\b | decedut | (?:ha|hanno)\s+perso\s+la\s+vita | vittim[ae]\b
  | mortos?\b | mortas?\b | morrid[oa]s?\b | morreu | morreram | faleceu | faleceram | perdeu\s+a\s+vida | vítimas?\b
"""
ALIVE = r"""
    alive | survived | not\s+dead | unharmed | unhurt | in\s+hospital | hospitali[sz]ed
  | in\s+(?:a\s+)?(?:stable|critical|serious|good|fair)\s+condition | (?:is|was|being)\s+treated
  | recovering | safe\s+and\s+well | in\s+a\s+sling | intensive\s+care | soins\s+intensifs
  | cuidados\s+intensivos | terapia\s+intensiva
  | (?:wounded|injured|hurt),?\s+not\s+killed
  | lebt\b | am\s+leben | überlebt | im\s+krankenhaus | intensivstation | wird\s+behandelt
  | zustand\s+(?:ist|sei)\s+stabil | verletzt\b | unverletzt
  | vivant | en\s+vie | survécu | hospitalisé | sains?\s+et\s+saufs? | est\s+soigné | blessé
  | viv[oa]s?\b | con\s+vida | sobrevivi(?:ó|eron) | hospitalizad | ilesos?\b | herid[oa]s?\b
  | in\s+vita | sopravvissut | ricoverat | illes[oi]\b | ferit[oi]\b
  | com\s+vida | sobreviveu | internad[oa] | feridos?\b
  | discharged\s+from | released\s+from\s+(?:the\s+)?hospital | sent\s+home\s+from
  | (?:aus\s+dem\s+krankenhaus|aus\s+der\s+klinik)\s+entlassen | sorti(?:e|s)?\s+de\s+l'hôpital
  | dimess[oaie]\b | dad[oa]s?\s+de\s+alta | (?:recebeu|teve)\s+alta
"""
DETAINED = r"""
    arrested | detained | in\s+custody | taken\s+into\s+custody
  | festgenommen | verhaftet | in\s+gewahrsam | in\s+haft
  | arrêté | interpellé | garde\s+à\s+vue | écroué
  | detenid[oa] | arrestad[oa]
  | arrestat[oa] | fermat[oa] | in\s+manette
  | pres[oa]\b | detid[oa]
"""
# Everyone or everything done ("all votes counted", "tous évacués") against what remains.
ALL_DONE = r"""
    (?:all|every|everyone|everybody)\b | (?:alle|sämtliche)\b | (?:tous|toutes)\b
  | (?:todos|todas)\b | (?:tutti|tutte)\b
"""
PENDING = r"""
    trapped | stranded | eingeschlossen | verschüttet | coincés? | bloqués? | atrapad[oa]s | intrappolat[ie]
  | encurralad[oa]s | (?:yet|still)\s+to\s+be | still\s+(?:aboard|inside|trapped|missing|unaccounted|in\s+the)\b
  | remain(?:s|ed)?\s+(?:aboard|inside|trapped|missing|unaccounted|to\s+be) | not\s+(?:yet\s+)?all\b
  | (?:are|is)\s+(?:still\s+)?inside | ancora\s+all['’]interno | encore\s+à\s+l['’]intérieur
  | (?:sind|ist)\s+noch\s+(?:im|in|drinnen)
  | noch\s+(?:nicht|an\s+bord|im|in\s+der|eingeschlossen|vermisst|auszuzählen|ausgezählt)
  | restent\s+(?:à|bloqués|coincés|à\s+bord|portés) | (?:sont|est)\s+(?:toujours|encore)\s+(?:à\s+bord|bloqués|coincés)
  | quedan\s+por | faltan\s+por | siguen\s+(?:a\s+bordo|atrapad|dentro)
  | (?:sono|restano)\s+ancora | ancora\s+(?:a\s+bordo|da\s+(?:scrutinare|contare)|bloccat|intrappolat)
  | faltam\s+(?:apurar|contar) | ainda\s+(?:a\s+bordo|por|estão|há|faltam) | continuam\s+(?:a\s+bordo|presos)
"""
# Being moved is a development, not a contradiction of where someone was.
MOVED = r"""
    moved | transferred | taken\s+to | flown\s+to | relocated | evacuated\s+to | brought\s+to
  | verlegt | gebracht | überstellt | transféré | évacué\s+vers | emmené | trasladad | llevad[oa]\s+a
  | trasferit | portat[oa]\s+a | transferid | levad[oa]\s+para
"""
# Opposite states that a later "now say" sentence can set against the earlier one.
OPPOSITES: tuple[tuple[str, str], ...] = (
    (r"clos(?:e|ed|es|ing|ure)\b|shut\b|schließ|geschlossen|gesperrt|ferm(?:er|era|é|e)\b|cerr|chiud|fech"
     r"|suspended|halted|betrieb\s+(?:[\w'’-]+\s+){0,3}eingestellt|suspendu|interrompu|sospes[oa]|suspendid[oa]",
     r"open(?:ed|s)?\b|remain\s+open|stay\s+open|kept\s+moving|flowing|offen|geöffnet|befahrbar|ouvert"
     r"|circul|abiert|apert|aberto|continu\w*\s+(?:de\s+|to\s+|a\s+)?(?:produ|operat|run)"
     r"|weiter\s+produzier|recrutera|will\s+hire|stellt\s+\w*\s*ein|assumerà|contratará"
     r"|\bweiterhin\b|still\s+running|continues\s+to\s+(?:run|sail|operate)|toujours\s+en\s+service"
     r"|(?:continua|continue)\s+(?:à|a)\s+(?:circuler|naviguer|funzionare|viaggiare)|sigue\s+(?:funcionando|operando)"),
    (r"deliberat|arson|intentional|bomb|attack|sabotage|vorsätzlich|brandstift|anschlag|attentat"
     r"|criminel|intencional|attentado|atentado|dolos|attentato|bomba|ordigno|criminos|sabotaggio",
     r"accident|gas\s+(?:leak|main)|leak|fault|short[- ]circuit|corrosion|wiring|unfall|gasleck|defekt"
     r"|kurzschluss|fuite|court-circuit|fuga|guasto|avaria|defeito|incidente|acidente|cortocircuito"
     r"|curto-circuito|corrosione|corrosão"),
    (r"unanim|einstimmig|à\s+l'unanimité|por\s+unanimidad|all'unanimità|por\s+unanimidade",
     r"\d+\s+votes?\s+to|votes?\s+against|voted\s+against|gegenstimme|\d+\s+zu\s+\d+\s+stimmen"
     r"|voix\s+contre|votos?\s+en\s+contra"
     r"|voti\s+contrari|votos?\s+contra"),
    (r"cancel|called\s+off|abgesagt|absag|annul|cancelad|annullat|cancelat",
     r"as\s+(?:scheduled|planned)|went\s+ahead|wie\s+geplant|findet\s+(?:\w+\s+)?statt"
     r"|comme\s+prévu|aura\s+(?:bien\s+)?lieu|según\s+lo\s+previsto|como\s+estaba\s+previsto"
     r"|come\s+previsto|si\s+terrà|como\s+previsto|took\s+place|was\s+held|crossed\s+the\s+finish"
     r"|fand\s+(?:[\w'’-]+\s+){0,4}statt|stattgefunden|a\s+eu\s+lieu|s'est\s+(?:tenue?|déroulée?)"
     r"|ont\s+assisté|si\s+è\s+(?:svolt|tenut)[oa]|hanno\s+assistito|se\s+(?:celebró|disputó)"
     r"|asistieron|realizou-se|assistiram"),
    (r"resign|step(?:ped)?\s+down|quit\b|rücktritt|zurücktret|niederlegen|wechsel|démission"
     r"|dimett|dimission|renunci|demiti|demissão",
     r"remains\b|stays?\s+on|extended|reappointed|chaired|presided|as\s+chief\s+executive|leitete"
     r"|a\s+présidé|ha\s+presieduto|presidió|presidiu|bleibt\b|verlängert|reconduit|reste\b"
     r"|sigue\s+al\s+frente|continuará|rimane|resta\s+al|permanece|continua\s+(?:à|no)"
     r"|going\s+nowhere|not\s+going\s+anywhere|bleibe\b|je\s+reste|rimango|me\s+quedo"),
    (r"raise|hike|increase|erhöh|relèvement|relever|subir|subida|alzar|rialz|aument",
     r"unchanged|on\s+hold|held\s+steady|unverändert|inchangé|sin\s+cambios|invariat|inalterad"),
    (r"guilty|schuldig|coupable|culpable|colpevole|culpado",
     r"innocent|unschuldig|innocente?|inocente|acquitted|cleared\s+(?:him|her|them)|walked\s+free"
     r"|freigesprochen|freispruch|acquitté|relaxé|assolt[oa]|absuelt[oa]|absolvid[oa]"),
    (r"agreed|accepted|signed|zugestimmt|unterzeichnet|accepté|signé|aceptó|firmó|accettato|firmato"
     r"|aceitou|assinou|approved|gebilligt|genehmigt|approuvé|adopté|approvat[oa]|aprobad[oa]|aprovad[oa]",
     r"rejected|refused|never\s+signed|abgelehnt|rejeté|refusé|rechaz|rifiutat|respint|rejeitou|recusou"
     r"|\bfell\b|voted\s+down|voting\s+against|defeated|gescheitert|durchgefallen|bocciat[oa]"
     r"|rechazad[oa]|reprovad[oa]"),
    (r"\btorn\b|ruptured|broken\s+(?:\w+\s+)?(?:leg|arm|ankle|wrist|bone)|fractur|gerissen|\bgebrochen"
     r"|déchir|rompu|fractur|rotur|rott[oa]\b|lesion|fratturat",
     r"\bintact\b|\bintakt\b|\bintacts?\b|\bintact[oa]s?\b|\bintegr[oia]\b|only\s+bruised|nur\s+geprellt"),
    (r"highly\s+pathogenic|hochpathogen|hautement\s+pathogène|altamente\s+patogen",
     r"low(?:ly)?[-\s]pathogenic|niedrigpathogen|faiblement\s+pathogène|(?:basso|scarsamente)\s+patogen"
     r"|baja\s+patogenicidad|baixa\s+patogenicidade"),
)  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Numbers and the words around them.

# Negations, by language: "no" negates in English and Spanish, and is "in the" in Portuguese.
NEGATIONS = {
    "en": r"not | never | no | n't | none | nobody | neither | nor",
    "de": r"nicht | nie | niemals | kein(?:e|en|er|em|es)? | weder",
    "fr": r"ne | n' | pas | jamais | aucun(?:e)? | non | ni",
    "es": r"no | nunca | jamás | ningún | ninguna | ni",
    "it": r"non | mai | nessun[oa]? | né",
    "pt": r"não | nunca | jamais | nenhum(?:a)? | nem",
}
# Function words that tell the six languages apart, for the negations above.
LANGUAGE_WORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "was",
            "were",
            "is",
            "are",
            "said",
            "that",
            "with",
            "has",
            "have",
            "been",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "wurde",
            "sich",
            "den",
            "dem",
            "mit",
            "von",
            "hat",
            "sei",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "est",
            "des",
            "une",
            "été",
            "du",
            "dans",
            "pour",
            "qui",
            "au",
            "sur",
        ]
    ),
    "es": frozenset(
        ["el", "los", "las", "y", "es", "fue", "una", "del", "en", "con", "por", "que", "ha", "se"]
    ),
    "it": frozenset(
        [
            "il",
            "gli",
            "che",
            "è",
            "stato",
            "della",
            "sono",
            "una",
            "nel",
            "con",
            "per",
            "ha",
            "dei",
            "alla",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "as",
            "que",
            "não",
            "foi",
            "uma",
            "em",
            "ao",
            "com",
            "por",
            "do",
            "da",
            "dos",
            "das",
            "é",
        ]
    ),
}
# Spelled numbers, each language's words to their values; compounds are read by ``claims``.
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "dozen": 12,
    "null": 0, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000, "dutzend": 12,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "mille": 1000, "douzaine": 12,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "cien": 100, "ciento": 100,
    "mil": 1000, "docena": 12,
    "due": 2, "tre": 3, "quattro": 4, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
    "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
    "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
    "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "cento": 100, "mila": 1000,
    "dozzina": 12,
    "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10, "treze": 13,
    "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
    "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "sessenta": 60, "cem": 100, "dúzia": 12,
}  # fmt: skip
# Words that are numbers in one language and ordinary words in another ("once", "dos", "sei",
# "tot"): read as numbers only beside a noun they count, see ``claims``.
AMBIGUOUS_NUMBERS = frozenset({"once", "dos", "sei", "nove", "due", "tre", "mil", "cent", "elf"})
# Words that look like a count but are not one in a claim about a person ("one of the").
ARTICLES = frozenset(
    {"un", "une", "una", "uno", "um", "uma", "ein", "eine", "einen", "einem", "a", "an"}
)

# Function words of the six languages, left out of what two sentences are about.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "one",
        "said",
        "says",
        "say",
        "told",
        "according",
        "reported",
        "reports",
        "report",
        "reportedly",
        "officials",
        "official",
        "including",
        "near",
        "new",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "auch",
        "auf",
        "aus",
        "bei",
        "mit",
        "nach",
        "von",
        "vor",
        "zu",
        "zum",
        "zur",
        "im",
        "in",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "hat",
        "haben",
        "hatte",
        "sich",
        "sie",
        "er",
        "es",
        "wir",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "nicht",
        "noch",
        "nur",
        "schon",
        "als",
        "wie",
        "dass",
        "ob",
        "so",
        "da",
        "dann",
        "denn",
        "man",
        "am",
        "an",
        "um",
        "über",
        "unter",
        "nun",
        "jetzt",
        "inzwischen",
        "laut",
        "sagte",
        "teilte",
        "mit",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "l",
        "et",
        "ou",
        "mais",
        "aussi",
        "sur",
        "dans",
        "par",
        "pour",
        "avec",
        "sans",
        "sous",
        "en",
        "au",
        "aux",
        "est",
        "sont",
        "était",
        "étaient",
        "a",
        "ont",
        "avait",
        "été",
        "être",
        "qui",
        "que",
        "qu",
        "ce",
        "cette",
        "ces",
        "se",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "ne",
        "n",
        "pas",
        "plus",
        "selon",
        "désormais",
        "y",
        "el",
        "los",
        "las",
        "lo",
        "unos",
        "unas",
        "del",
        "al",
        "y",
        "o",
        "pero",
        "también",
        "sobre",
        "en",
        "por",
        "para",
        "con",
        "sin",
        "es",
        "son",
        "era",
        "fue",
        "han",
        "ha",
        "había",
        "sido",
        "ser",
        "que",
        "se",
        "su",
        "sus",
        "le",
        "les",
        "según",
        "ahora",
        "ya",
        "no",
        "il",
        "lo",
        "gli",
        "i",
        "uno",
        "una",
        "degli",
        "delle",
        "della",
        "dello",
        "dei",
        "al",
        "allo",
        "alla",
        "ai",
        "agli",
        "alle",
        "e",
        "o",
        "ma",
        "anche",
        "su",
        "nel",
        "nella",
        "nei",
        "per",
        "con",
        "senza",
        "è",
        "sono",
        "era",
        "erano",
        "stato",
        "stata",
        "ha",
        "hanno",
        "aveva",
        "che",
        "si",
        "suo",
        "sua",
        "suoi",
        "sue",
        "loro",
        "secondo",
        "ora",
        "non",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "uns",
        "umas",
        "do",
        "da",
        "dos",
        "das",
        "no",
        "na",
        "nos",
        "nas",
        "ao",
        "aos",
        "à",
        "às",
        "e",
        "ou",
        "mas",
        "também",
        "em",
        "por",
        "para",
        "com",
        "sem",
        "é",
        "são",
        "era",
        "eram",
        "foi",
        "foram",
        "tem",
        "têm",
        "tinha",
        "sido",
        "ser",
        "que",
        "se",
        "seu",
        "sua",
        "seus",
        "suas",
        "segundo",
        "agora",
        "não",
        # Words about the page itself, not what a line is about ("live updates", "this article").
        "update",
        "updates",
        "updated",
        "updating",
        "live",
        "next",
        "article",
        "articles",
        "artikel",
        "artikels",
        "articolo",
        "articoli",
        "artículo",
        "artículos",
        "artigo",
        "artigos",
        "story",
        "stories",
        "aktualisiert",
        "aktualisierung",
        "aggiornamento",
        "aggiornato",
        "aggiornata",
        "actualización",
        "actualizado",
        "actualizada",
        "atualização",
        "atualizado",
        "actualisé",
        "actualisée",
        # Demonstratives and possessives ("dieses", "unsere", "questo", "notre").
        "dies",
        "diese",
        "dieser",
        "dieses",
        "diesem",
        "diesen",
        "jene",
        "jener",
        "jenes",
        "unser",
        "unsere",
        "unserer",
        "unseres",
        "unserem",
        "unseren",
        "euer",
        "eure",
        "eurer",
        "euren",
        "eurem",
        "questo",
        "questa",
        "questi",
        "queste",
        "quello",
        "quella",
        "quelli",
        "nostro",
        "nostra",
        "nostri",
        "nostre",
        "vostro",
        "vostra",
        "nuestro",
        "nuestra",
        "nuestros",
        "nuestras",
        "vuestro",
        "vuestra",
        "nosso",
        "nossa",
        "nossos",
        "nossas",
        "este",
        "esta",
        "estos",
        "estas",
        "esse",
        "essa",
        "isso",
        "aquel",
        "aquella",
        "notre",
        "votre",
        "nôtre",
        "vôtre",
        "ceux",
        "celle",
        "celles",
        "celui",
    ]
)

# "denied …, but records confirmed …": a denial the sentence itself rebuts.
REBUTTAL = r"""
    (?:but|however|though|yet|aber|doch|jedoch|mais|pourtant|pero|sin\s+embargo|ma|tuttavia|però
      |mas|porém|contudo)\b.{0,120}?(?:confirm|show|prov|verif|records?|footage|evidence|data|belege
      |bestätig|zeig|beweis|preuve|montr|prueba|muestr|prove|mostr|dimostr|provas?)
"""

# What only the living do: speak, appear, post a video, lie in a hospital.
SIGNS_OF_LIFE = r"""
    appeared\s+(?:on|in|at|before) | spoke\s+(?:\w+\s+)?(?:to|with) | gave\s+an?\s+(?:\w+\s+)?interview
  | told\s+reporters | hospital\b | (?:recorded|posted|published)\s+a\s+video | klinik\w*
  | krankenhaus | interview | hôpital | ospedale | vídeo\b | video\b | gravou | entrevista
  | intervista | a\s+parlé | ha\s+parlato | habló | falou | sprach\s+(?:[\w'’-]+\s+){0,6}(?:mit|zu) | dankte\b | thanked\b | a\s+remercié | ha\s+ringraziato | agradeció | agradeceu
  | attended | chaired | presided | (?:will\s+)?present(?:ed|s)?\s | led\s+(?:a|the)\b | leitete
  | a\s+présidé | ha\s+presieduto | presidió | presidiu | assistait | ha\s+partecipato
  | visited | besuchte | bedankte\s+sich | a\s+rendu\s+visite | ha\s+visitato | visitó | visitou
"""
# Signs that someone reported detained was free: an interview, a press conference, at home.
FREE = r"""
    on\s+the\s+run | (?:tracing|trace|locate)\s+(?:him|her|them)\b | auf\s+der\s+flucht | flüchtig
  | en\s+fuite | in\s+fuga | prófugo | foragido |    remains?\s+(?:free|at\s+large) | (?:at|from)\s+(?:his|her|their)\s+(?:home|house|office)
  | gave\s+an?\s+(?:[\w'’-]+\s+){0,2}interview | (?:held|gave)\s+a\s+(?:news|press)\s+conference
  | spoke\s+(?:\w+\s+)?to\s+reporters | spent\s+the\s+(?:whole|entire)\s+day
  | pressekonferenz | interview\s+gegeben | ganzen\s+tag | auf\s+freiem\s+fuß
  | conférence\s+de\s+presse | entretien | en\s+liberté | toute\s+la\s+journée
  | rueda\s+de\s+prensa | entrevista | en\s+libertad | todo\s+el\s+día
  | conferenza\s+stampa | intervista | in\s+libertà | tutta\s+la\s+giornata
  | coletiva | em\s+liberdade | o\s+dia\s+todo | todo\s+o\s+dia
"""
INJURED = r"""
    injur\w* | wound\w* | hurt\b | verletz\w* | blessé\w* | herid[oa]s? | ferit[oi]\b | ferid[oa]s?
  | feriti\b | verätzung | taken\s+to\s+hospital | hospitali[sz]ed | hospitalisée?s? | hospitalizad[oa]s?
  | ricoverat[oaie] | internad[oa]s? | ins\s+krankenhaus | burns\b | fractures?\b | knochenbrüch\w*
  | brûlures | quemaduras | ustioni | queimaduras | in\s+die\s+klinik
"""
# Nobody: "no one was hurt", "niemand", "aucun blessé", "nessun ferito", "ninguém".
NOBODY = r"""
    no\s+one | no-one | nobody | none\s+of | niemand | kein(?:e|en)?\s+(?:verletzt|tote|opfer)
  | personne\s+n | aucun(?:e)?\b | nadie | ningún | ninguna | no\s+hubo | nessun[oa]?\b
  | non\s+ci\s+sono | ninguém | nenhum(?:a)?\b
"""
# Where something or someone was found or held: "found in a warehouse in Osterwick".
FOUND_AT = r"""
    (?:found|held|located|discovered|recovered|spotted|turned\s+up|surfaced|aufgetaucht|gefunden|entdeckt|festgehalten|retrouvée?s?
      |découverte?s?|localisée?s?|localizad[oa]s?|hallad[oa]s?|encontrad[oa]s?|ritrovat[oaie]
      |trovat[oaie]|localizzat[oaie])
"""
# "went back on", "rudert zurück": a walk-back said in so many words.
WENT_BACK = r"""
    (?:est|sont)\s+revenue?s?\s+sur | revient\s+sur | (?:a|ont)\s+fait\s+marche\s+arrière
  | rudert\w*\s+zurück | zurückgerudert | se\s+retract(?:ó|aron) | dio\s+marcha\s+atrás
  | (?:ha|hanno)\s+fatto\s+marcia\s+indietro | tornat[oi]\s+sui\s+(?:suoi|loro)\s+passi
  | recu(?:ou|aram) | volt(?:ou|aram)\s+atrás
  | il\s+ne\s+s'agit\s+pas\s+de | es\s+handelt\s+sich\s+nicht\s+um | no\s+se\s+trata\s+de
  | non\s+si\s+tratta\s+di | não\s+se\s+trata\s+de | ora\s+escludon\w* | now\s+rule\s+out
  | schließ\w*\s+(?:\w+\s+)?(?:nun|inzwischen)\s+aus | écart\w*\s+désormais | descart\w*\s+ahora
  | écarté\s+la\s+piste | esclus[ao]\s+la\s+pista | descartad[oa]\s+la | ruled\s+out | ausgeschlossen
"""

# A figure given again, lower: "lowered the toll to 29", "cut its valuation to", "put the crowd at",
# "cifra los daños en", "contabilizou apenas". Walks back the earlier figure of the same thing.
REVISED_TO = r"""
    (?:lowered|cut|reduced|downgraded|scaled\s+back|revised|brought\s+down|put|puts|estimated)\s+
      (?:[\w'’]+\s+){0,7}?(?:to|at)\b
  | (?:a|an)\s+(?:new|corrected|revised|lower)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|count|total|toll|estimate)
  | ramen\w*\s+(?:[\w'’-]+\s+){0,3}?à | revu\w*\s+à\s+la\s+baisse | rectifi\w+
  | rived\w*\s+(?:[\w'’-]+\s+){0,4}?(?:numero|bilancio|cifra|stima) | rivist[oa]\s+al\s+ribasso
  | (?:nach\s+unten\s+)?(?:angepasst|korrigiert|beziffert|spricht\s+von|sprach\s+von|schätzt|schätzte)
  | höchstens | lediglich | nur\s+noch
  | recensé | comptabilisé | chiffré | estimé\s+à | seulement | ne\s+\w+\s+que
  | cifra(?:n|ba)?\b | rebaj(?:ó|a) | estim(?:ó|a)\s+en | apenas | solo\b | sólo
  | stimat[oa]\s+(?:[\w'’-]+\s+){0,3}in | ridimension | soltanto | appena
  | contabiliz\w+ | reduziu | estimou
"""

# Scale words after a figure: "£12 million", "1,2 Milliarden Euro", "quinze mil".
SCALES = {
    "million": 1e6, "millions": 1e6, "mio": 1e6, "millionen": 1e6, "million(en)": 1e6,
    "millones": 1e6, "millón": 1e6, "milioni": 1e6, "milione": 1e6, "milhões": 1e6, "milhão": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
    "milliard": 1e9, "milliards": 1e9, "miliardi": 1e9, "miliardo": 1e9, "bilhões": 1e9,
    "bilhão": 1e9, "thousand": 1e3, "tausend": 1e3, "mille": 1e3, "mila": 1e3, "mil": 1e3,
}  # fmt: skip

# Found, then still missing: the search goes on.
FOUND = r"""
    (?:has\s+been|was|were|have\s+been)\s+found | found\s+alive | located\b | rescued\b
  | gefunden | aufgefunden | retrouvée?s? | encontrad[oa]s? | hallad[oa]s? | ritrovat[oaie]
"""
STILL_MISSING = r"""
    still\s+(?:missing|not\s+been\s+(?:found|located)|unaccounted) | has\s+still\s+not\s+been\s+(?:found|located)
  | (?:search|sweep)\w*\s+(?:[\w'’-]+\s+){0,6}(?:resumed|continues|continued|goes\s+on)
  | resumed\s+(?:their|the)\s+(?:search|sweep) | noch\s+(?:immer\s+)?vermisst | suche\s+(?:[\w'’-]+\s+){0,4}fortgesetzt
  | toujours\s+(?:disparue?s?|introuvables?|recherchée?s?) | recherches\s+(?:[\w'’-]+\s+){0,6}se\s+poursuivent
  | sigue\s+desaparecid | contin[úu]a\s+(?:la\s+)?b[úu]squeda | ancora\s+dispers | ricerche\s+(?:[\w'’-]+\s+){0,4}proseguono
  | continua\s+desaparecid | buscas\s+continuam
"""


# Facts that are fixed once they happened, read with their value (see ``claims.slots``).
MAGNITUDE = r"\b(?:magnitud[eo]|stärke|richter)[^\d.;]{0,40}?(?P<value>\d{1,2}(?:[.,]\d)?)\b"
AGE = (
    r"\b(?P<value>\d{1,3})[- ](?:year[- ]old|jährige[rn]?\b|jahre\s+alte[rn]?\b)"
    r"|\b(?P<value5>\d{1,3})\s+(?:years\s+old|jahre\s+alt)\b"
    r"|\baged\s+(?P<value2>\d{1,3})\b|\b(?:âgée?|agé)\s+de\s+(?P<value3>\d{1,3})\s+ans"
    r"|\b(?P<value4>\d{1,3})\s+(?:ans|anni|años|anos)\b"
)
# "Colm Ferris, 52, died": an age set off after a name.
AGE_SET_OFF = r"(?<=[^\W\d_]),\s(?P<value>\d{1,2}),\s"
MONEY_SCALES = {
    "billion": 1e9, "bn": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9,
    "milliarden": 1e9, "mrd": 1e9, "miliardi": 1e9, "miliardo": 1e9, "bilhões": 1e9,
    "million": 1e6, "millions": 1e6, "m": 1e6, "millionen": 1e6, "mio": 1e6, "milioni": 1e6,
    "milione": 1e6, "millones": 1e6, "millón": 1e6, "milhões": 1e6, "milhão": 1e6,
    "thousand": 1e3, "tausend": 1e3, "mille": 1e3, "mila": 1e3, "mil": 1e3,
}  # fmt: skip
MONEY = (
    r"(?:[$€£]|\b(?:us\$|chf|eur|usd))\s?(?P<value>\d+(?:[.,]\d+)?)\s*(?P<scale>[a-zäõ]+)?"
    r"|\b(?P<value2>\d+(?:[.,]\d+)?)\s*(?P<scale2>[a-zäõ]+)?\.?\s+(?:d[e']\s*|di\s+)?"
    r"(?:euros?|dollars?|pounds?|francs?|franken|dólares|dollari)\b"
)
# A count of the people who came: "40,000 people took part", "die Polizei zählte 6.500
# Teilnehmer", "30 000 spectateurs".
CROWD = (
    r"\b(?P<value>\d{1,3}(?:[ .,\u202f]\d{3})+|\d+)\s+(?:\w+\s+)?(?:runners|participants|spectators"
    r"|protesters|demonstrators|marchers|fans|visitors|teilnehmer(?:innen)?|demonstranten"
    r"|zuschauer|besucher|läufer|spectateurs|manifestants|coureurs|visiteurs|spettatori"
    r"|manifestanti|partecipanti|visitatori|espectadores|manifestantes|asistentes|visitantes)\b"
)
CROWD_PEOPLE = (
    r"\b(?P<value>\d{1,3}(?:[ .,\u202f]\d{3})+|\d+)\s+(?:people|menschen|personen|personnes"
    r"|persone|personas|pessoas)\b"
)
# Where "40,000 people" counts who came, not who died: a gathering.
GATHERING = (
    r"\b(?:took\s+part|attended|gathered|marched|rally|protest|march\b|demonstration|concert"
    r"|nahmen\s+\w*\s*teil|teilgenommen|kundgebung|demo\b|demonstration|versammelt"
    r"|manifestation|rassemblement|ont\s+défilé|participé|corteo|manifestazione|hanno\s+partecipato"
    r"|manifestación|marcha|concentración|participaron|manifestação|participaram)"
)
# A later figure of another thing than the earlier one: an aftershock, another day, a part, a
# new estimate.
ANOTHER_FIGURE = r"""
    aftershocks? | nachbeben | répliques? | repliche | scosse?\s+di\s+assestamento | réplicas?
  | second | third | zweite[nrms]? | dritte[nrms]? | deuxième | troisième | secondo | seconda
  | terz[oa] | segund[oa] | tercer[oa]?
  | so\s+far | bisher | bislang | jusqu'(?:ici|à\s+présent) | finora | hasta\s+ahora | até\s+agora
  | of\s+the | recovered | zurückgeholt | récupéré | recuperat | now | nun\b | désormais
  | estimat\w* | schätz\w* | estim\w* | stima\w*
"""
