<#-- Stemming niet verwerkt: to the regiogriffier when a vote could not be (re)computed, with the reason. -->
[${region}] Stemming niet verwerkt / Vote not processed: ${document}

Beste regiogriffier,

De stemming op "${document}" is niet (opnieuw) berekend. Wat al was opgeslagen, is niet gewijzigd.
Reden: ${why.nl}
Document: ${link}

Wat u doet: corrigeer de stemming met "Stemming vastleggen" en sla haar opnieuw op. Een definitief besluit
verandert niet meer.

---
Dear regiogriffier,

The vote on "${document}" was not (re)computed. Nothing already stored was changed.
Reason: ${why.en}
Document: ${link}

What to do: correct the vote with "Stemming vastleggen" (Record vote) and save it again. A finalized decision
record no longer changes.
