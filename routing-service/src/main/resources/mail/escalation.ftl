<#-- Termijn verstreken: to the regiogriffier, once, when the deadline passed before every council decided. -->
[${region}] Termijn verstreken / Deadline passed: ${proposal}

Beste regiogriffier,

De uiterste besluitdatum van het voorstel ${proposal} was ${deadline.nl}.
Nog geen besluit van: ${pending}
De route blijft open tot de laatste raad besloten heeft.
Voorstel: ${proposalLink}

Wat u doet: spreek de griffies van deze gemeenten aan; zij vullen hun Raadsbesluit in zodra hun raad besloten heeft.

---
Dear regiogriffier,

The deadline of the proposal ${proposal} was ${deadline.en}.
No decision yet from: ${pending}
The route stays open until the last council has decided.
Proposal: ${proposalLink}

What to do: contact the clerks' offices of these municipalities; they fill in their council decision once their
council has decided.
