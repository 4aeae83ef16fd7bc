/**
 * The rb: content-model names the extension uses, mirroring platform-module's regiobesluit-model.xml (as
 * regio-model's RbModel does for Java). test/plugin.test.mjs checks every name here against the model XML.
 */
export const RB = {
  TYPE_PROPOSAL: 'rb:proposal',
  TYPE_AGENDA_ITEM: 'rb:agendaItem',
  TYPE_ADVICE: 'rb:advice',
  TYPE_COUNCIL_DECISION: 'rb:councilDecision',

  ASPECT_ROUTED: 'rb:routed',
  ASPECT_VOTES: 'rb:votes',
  ASPECT_VOTE_RESULT: 'rb:voteResult',
  ASPECT_MODEL_CRITERIA: 'rb:modelCriteria',
  ASPECT_ARCHIVAL: 'rb:archival',
  ASPECT_TOETSINGSKADER: 'rb:toetsingskader',

  PROP_ROUTE_STATUS: 'rb:routeStatus',
  PROP_DEADLINE: 'rb:deadline',
  PROP_OVERDUE: 'rb:overdue',
  PROP_MEETING_BODY: 'rb:meetingBody',

  PROP_VOTING_BODY: 'rb:votingBody',
  PROP_VOTE_DATE: 'rb:voteDate',
  PROP_VOTES_YES: 'rb:votesYes',
  PROP_VOTES_NO: 'rb:votesNo',
  PROP_VOTES_ABSTAIN: 'rb:votesAbstain',

  PROP_RESULT_SCHEME: 'rb:resultScheme',
  PROP_RESULT_RULE: 'rb:resultRule',
  PROP_RESULT_PASSED: 'rb:resultPassed',
  PROP_RESULT_YES_SHARE_PCT: 'rb:resultYesSharePct',
  PROP_RESULT_DECISIVE: 'rb:resultDecisiveMunicipalities',
  PROP_RESULT_BLOCKING: 'rb:resultBlockingMunicipalities',
  PROP_RESULT_PIVOTAL: 'rb:resultPivotalMunicipalities',
  PROP_RESULT_WGR_ALLOWED: 'rb:resultWgrAllowed',
  PROP_RESULT_COMPOSITION_DATE: 'rb:resultCompositionDate',
  PROP_RESULT_JSON: 'rb:resultJson',
  PROP_VOTE_REFUSED_BY: 'rb:voteRefusedBy',
  PROP_VOTE_REFUSED_ON: 'rb:voteRefusedOn',

  PROP_MUNICIPALITY: 'rb:municipality',
  PROP_COUNCIL_OUTCOME: 'rb:councilOutcome',
  ASSOC_PROPOSAL_COUNCIL_DECISIONS: 'rb:proposalCouncilDecisions',

  /** rb:votingBodyList, in model order. */
  VOTING_BODIES: ['REGIOCOMMISSIE', 'REGIORAAD', 'BESTUURSTAFEL', 'ALGEMEEN_BESTUUR', 'GEMEENTERAAD'],
  /** rb:routeStatusList, in model order. */
  ROUTE_STATUSES: ['DRAFT', 'SUBMITTED', 'IN_COMMITTEE', 'ADVISED', 'DISPATCHED', 'DECIDED', 'WITHDRAWN']
} as const;

/** Where the region's composition lives below Company Home (routing-service: regiobesluit.region.composition.location). */
export const DEFAULT_COMPOSITION_PATH = 'Data Dictionary/Regiobesluit/composition.csv';
