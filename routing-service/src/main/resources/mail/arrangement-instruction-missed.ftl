<#-- Instructie ontbreekt: to the regiogriffier, once per cover note, when the instruction deadline passed without one. -->
[${region}] Instructie ontbreekt / No instruction: ${municipality}, ${meeting}

Beste regiogriffier,

De raad van ${municipality} had uiterlijk ${deadline.nl} zijn lid van het algemeen bestuur moeten instrueren voor: ${meeting}.
Er is geen instructie vastgelegd.
Oplegnotitie: ${coverNoteLink}

Wat u doet: spreek de griffie van ${municipality} aan; zij legt de instructie vast zodra de raad die gaf.

---
Dear regiogriffier,

The council of ${municipality} was to instruct its member of the general board by ${deadline.en} for: ${meeting}.
No instruction has been recorded.
Cover note: ${coverNoteLink}

What to do: contact the clerk's office of ${municipality}; it records the instruction once the council has given it.
