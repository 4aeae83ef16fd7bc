<#-- Geen zienswijze: to the regiogriffier, once per council, when a Wgr term ended without its zienswijze. -->
[${region}] Geen zienswijze / No zienswijze: ${municipality}, ${procedure}

Beste regiogriffier,

De termijn voor een zienswijze op ${procedure} liep tot en met ${termEnds.nl}.
De raad van ${municipality} heeft geen zienswijze gegeven; dat is zo vastgelegd.
Zienswijzedossier: ${recordLink}

Wat u doet: komt er toch nog een zienswijze, dan legt de griffie van ${municipality} haar vast; zij telt als te laat.

---
Dear regiogriffier,

The term for a zienswijze on ${procedure} ran until ${termEnds.en} inclusive.
The council of ${municipality} gave no zienswijze; this has been recorded.
Zienswijze record: ${recordLink}

What to do: should a zienswijze still come, the clerk's office of ${municipality} records it; it counts as out of time.
