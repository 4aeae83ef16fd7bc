package nl.regiobesluit.model;

/**
 * The names of the Regiobesluit content model ({@code rb:}), mirroring
 * {@code platform-module/src/main/resources/alfresco/module/regiobesluit-platform/model/regiobesluit-model.xml}.
 *
 * <p>Names are prefixed QNames as Alfresco's REST API and its events use them ({@code rb:proposal}).
 * A test keeps this interface, the model XML, the Share forms and both message bundles in agreement:
 * change them together.
 */
public interface RbModel {

    String NAMESPACE = "http://www.regiobesluit.nl/model/content/1.0";
    String PREFIX = "rb";
    String MODEL_NAME = "rb:contentModel";

    // ---- types (all subtypes of cm:content)
    String TYPE_PROPOSAL = "rb:proposal";
    String TYPE_MOTION = "rb:motion";
    String TYPE_AMENDMENT = "rb:amendment";
    String TYPE_AGENDA_ITEM = "rb:agendaItem";
    String TYPE_ADVICE = "rb:advice";
    String TYPE_COUNCIL_DECISION = "rb:councilDecision";
    String TYPE_DECISION_RECORD = "rb:decisionRecord";

    // ---- rb:proposal
    String PROP_PROPOSAL_NUMBER = "rb:proposalNumber";
    String PROP_SUBMITTER_KIND = "rb:submitterKind";
    String PROP_FRAMEWORK_DECISION = "rb:frameworkDecision";

    // ---- rb:motion
    String PROP_MOTION_MUNICIPALITY = "rb:motionMunicipality";
    String PROP_MOTION_SUBMITTERS = "rb:motionSubmitters";
    String PROP_MOTION_OUTCOME = "rb:motionOutcome";

    // ---- rb:amendment
    String PROP_AMENDMENT_MUNICIPALITY = "rb:amendmentMunicipality";
    String PROP_AMENDMENT_SUBMITTERS = "rb:amendmentSubmitters";
    String PROP_AMENDMENT_OUTCOME = "rb:amendmentOutcome";

    // ---- rb:agendaItem
    String PROP_MEETING_BODY = "rb:meetingBody";
    String PROP_MEETING_DATE = "rb:meetingDate";
    String PROP_AGENDA_ITEM_NUMBER = "rb:agendaItemNumber";
    String PROP_AGENDA_ITEM_KIND = "rb:agendaItemKind";
    String PROP_FOLLOW_UP_MUNICIPALITY = "rb:followUpMunicipality";

    // ---- rb:advice
    String PROP_ADVICE_KIND = "rb:adviceKind";
    String PROP_ADVICE_DATE = "rb:adviceDate";
    String PROP_CONSENSUS = "rb:consensus";
    String PROP_MINORITY_POSITIONS = "rb:minorityPositions";

    // ---- rb:councilDecision
    String PROP_MUNICIPALITY = "rb:municipality";
    String PROP_COUNCIL_OUTCOME = "rb:councilOutcome";
    String PROP_COUNCIL_DECISION_DATE = "rb:councilDecisionDate";
    String PROP_DEVIATES_FROM_ADVICE = "rb:deviatesFromAdvice";
    String PROP_DEVIATION_ACCOUNTED_FOR = "rb:deviationAccountedFor";
    String PROP_DEVIATION_EXPLANATION = "rb:deviationExplanation";

    // ---- rb:decisionRecord
    String PROP_RECORD_OUTCOME = "rb:recordOutcome";
    String PROP_RECORD_MUNICIPALITIES = "rb:recordMunicipalities";
    String PROP_COUNCIL_OUTCOMES = "rb:councilOutcomes";
    String PROP_DECIDED_ON = "rb:decidedOn";

    // ---- aspect rb:routed (route state of a proposal; Alfresco is the source of truth)
    String ASPECT_ROUTED = "rb:routed";
    String PROP_ROUTE_STATUS = "rb:routeStatus";
    String PROP_SUBMITTED_ON = "rb:submittedOn";
    String PROP_DEADLINE = "rb:deadline";
    String PROP_OVERDUE = "rb:overdue";
    String PROP_ESCALATED_ON = "rb:escalatedOn";
    String PROP_PARTICIPATING_MUNICIPALITIES = "rb:participatingMunicipalities";
    String PROP_EXECUTIVE_TABLE = "rb:executiveTable";
    String PROP_SOCIETAL_PARTNERS = "rb:societalPartners";
    String PROP_COOPERATION_MODEL = "rb:cooperationModel";
    String PROP_AMBITION = "rb:ambition";
    String PROP_POLICY_DOMAIN = "rb:policyDomain";
    String PROP_THEME = "rb:theme";

    // ---- aspect rb:votes (a vote as entered by griffie staff; members as "Municipality/PartyGroup")
    String ASPECT_VOTES = "rb:votes";
    String PROP_VOTING_BODY = "rb:votingBody";
    String PROP_VOTE_DATE = "rb:voteDate";
    String PROP_VOTES_YES = "rb:votesYes";
    String PROP_VOTES_NO = "rb:votesNo";
    String PROP_VOTES_ABSTAIN = "rb:votesAbstain";

    // ---- aspect rb:voteResult (computed; read-only in Share)
    String ASPECT_VOTE_RESULT = "rb:voteResult";
    String PROP_RESULT_SCHEME = "rb:resultScheme";
    String PROP_RESULT_RULE = "rb:resultRule";
    String PROP_RESULT_PASSED = "rb:resultPassed";
    String PROP_RESULT_YES_SHARE = "rb:resultYesShare";
    String PROP_RESULT_YES_SHARE_PCT = "rb:resultYesSharePct";
    String PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY = "rb:resultYesWeightPerMunicipality";
    String PROP_RESULT_DECISIVE_MUNICIPALITIES = "rb:resultDecisiveMunicipalities";
    String PROP_RESULT_BLOCKING_MUNICIPALITIES = "rb:resultBlockingMunicipalities";
    String PROP_RESULT_PIVOTAL_MUNICIPALITIES = "rb:resultPivotalMunicipalities";
    String PROP_RESULT_POWER_SUMMARY = "rb:resultPowerSummary";
    String PROP_RESULT_WGR_ALLOWED = "rb:resultWgrAllowed";
    String PROP_RESULT_COMPOSITION_DATE = "rb:resultCompositionDate";
    String PROP_RESULT_COMPUTATION_VERSION = "rb:resultComputationVersion";
    String PROP_RESULT_INPUT_HASH = "rb:resultInputHash";
    String PROP_RESULT_JSON = "rb:resultJson";
    /**
     * Set by the service when someone outside the griffie changed the vote values: the result is then not computed
     * (not by an event, not by a bulk rebuild, not after a restart) until a griffie member records the vote again.
     */
    String PROP_VOTE_REFUSED_BY = "rb:voteRefusedBy";
    String PROP_VOTE_REFUSED_ON = "rb:voteRefusedOn";

    // ---- aspect rb:modelCriteria (indicators measured from the route; read-only in Share)
    String ASPECT_MODEL_CRITERIA = "rb:modelCriteria";
    String PROP_CRITERIA_COOPERATION_MODEL = "rb:criteriaCooperationModel";
    String PROP_CRITERIA_AMBITION = "rb:criteriaAmbition";
    String PROP_CRITERIA_POLICY_DOMAIN = "rb:criteriaPolicyDomain";
    String PROP_LEAD_TIME_DAYS = "rb:leadTimeDays";
    String PROP_MET_TARGET = "rb:metTarget";
    String PROP_CONSENSUS_WITHOUT_VOTE = "rb:consensusWithoutVote";
    String PROP_COUNCILS_ADOPTED = "rb:councilsAdopted";
    String PROP_COUNCILS_AMENDED = "rb:councilsAmended";
    String PROP_COUNCILS_REJECTED = "rb:councilsRejected";
    String PROP_COUNCILS_POSTPONED = "rb:councilsPostponed";
    String PROP_DEVIATIONS = "rb:deviations";
    String PROP_DEVIATIONS_ACCOUNTED_FOR = "rb:deviationsAccountedFor";
    String PROP_SOCIETAL_PARTNER_COUNT = "rb:societalPartnerCount";
    String PROP_DECISIVE_MUNICIPALITY = "rb:decisiveMunicipality";
    String PROP_ONE_VOICE = "rb:oneVoice";
    String PROP_CRITERIA_COMPUTED_ON = "rb:criteriaComputedOn";

    // ---- aspect rb:archival (MDTO export metadata)
    String ASPECT_ARCHIVAL = "rb:archival";
    String PROP_ARCHIVE_IDENTIFICATION = "rb:archiveIdentification";
    String PROP_WAARDERING = "rb:waardering";
    String PROP_BEWAARTERMIJN = "rb:bewaartermijn";
    String PROP_INFORMATIECATEGORIE = "rb:informatiecategorie";
    String PROP_ARCHIEFVORMER = "rb:archiefvormer";
    String PROP_BEPERKING_GEBRUIK = "rb:beperkingGebruik";
    String PROP_FINALIZED = "rb:finalized";
    String PROP_FINALIZED_ON = "rb:finalizedOn";

    // ---- associations (peer, source → target)
    String ASSOC_PROPOSAL_ADVICE = "rb:proposalAdvice";
    String ASSOC_PROPOSAL_COUNCIL_DECISIONS = "rb:proposalCouncilDecisions";
    String ASSOC_PROPOSAL_DECISION_RECORD = "rb:proposalDecisionRecord";
    String ASSOC_AMENDS = "rb:amends";
    String ASSOC_AGENDA_ITEM_PROPOSAL = "rb:agendaItemProposal";
    String ASSOC_COUNCIL_DECISION_AMENDMENTS = "rb:councilDecisionAmendments";

    // ---- list constraints (values are the enum names of regio-core where one exists)
    String CONSTRAINT_ROUTE_STATUS = "rb:routeStatusList";
    String CONSTRAINT_SUBMITTER_KIND = "rb:submitterKindList";
    String CONSTRAINT_ADVICE_KIND = "rb:adviceKindList";
    String CONSTRAINT_COUNCIL_OUTCOME = "rb:councilOutcomeList";
    String CONSTRAINT_MOTION_OUTCOME = "rb:motionOutcomeList";
    String CONSTRAINT_AGENDA_ITEM_KIND = "rb:agendaItemKindList";
    String CONSTRAINT_VOTING_BODY = "rb:votingBodyList";
    String CONSTRAINT_RECORD_OUTCOME = "rb:recordOutcomeList";
    String CONSTRAINT_COOPERATION_MODEL = "rb:cooperationModelList";
    String CONSTRAINT_AMBITION = "rb:ambitionList";
    String CONSTRAINT_POLICY_DOMAIN = "rb:policyDomainList";
    String CONSTRAINT_JUDGMENT = "rb:judgmentList";
    String CONSTRAINT_WAARDERING = "rb:waarderingList";

    // ---- values of the vocabularies the service writes
    String STATUS_DRAFT = "DRAFT";
    String STATUS_SUBMITTED = "SUBMITTED";
    String STATUS_IN_COMMITTEE = "IN_COMMITTEE";
    String STATUS_ADVISED = "ADVISED";
    String STATUS_DISPATCHED = "DISPATCHED";
    String STATUS_DECIDED = "DECIDED";
    String STATUS_WITHDRAWN = "WITHDRAWN";

    String OUTCOME_PENDING = "PENDING";
    String OUTCOME_ADOPTED = "ADOPTED";
    String OUTCOME_ADOPTED_WITH_AMENDMENTS = "ADOPTED_WITH_AMENDMENTS";
    String OUTCOME_REJECTED = "REJECTED";
    String OUTCOME_POSTPONED = "POSTPONED";

    String ADVICE_POSITIVE = "POSITIVE";
    String ADVICE_POSITIVE_IN_OUTLINE = "POSITIVE_IN_OUTLINE";
    String ADVICE_NEGATIVE = "NEGATIVE";

    String AGENDA_ITEM_REGULAR = "REGULAR";
    String AGENDA_ITEM_DEVIATION_FOLLOW_UP = "DEVIATION_FOLLOW_UP";

    String RECORD_REGIONAL_DECISION_TAKEN = "REGIONAL_DECISION_TAKEN";
    String RECORD_NO_REGIONAL_DECISION = "NO_REGIONAL_DECISION";

    // ---- added with the model XML (issue 3): the remaining vocabularies and the judgment properties.
    // Each group of constants with one prefix is exactly the value list of one constraint; a test checks it.

    // rb:modelCriteria: an evaluator's judgment of this decision against each criterion of the
    // assessment framework (values of rb:judgmentList); entered by hand, not computed.
    String PROP_JUDGMENT_BESTUURLIJKE_SLAGVAARDIGHEID = "rb:judgmentBestuurlijkeSlagvaardigheid";
    String PROP_JUDGMENT_HELDERE_BESLUITVORMING = "rb:judgmentHeldereBesluitvorming";
    String PROP_JUDGMENT_DEMOCRATISCHE_LEGITIMITEIT = "rb:judgmentDemocratischeLegitimiteit";
    String PROP_JUDGMENT_KLANTGERICHTHEID = "rb:judgmentKlantgerichtheid";
    String PROP_JUDGMENT_KOSTENEFFICIENCY = "rb:judgmentKostenefficiency";
    String PROP_JUDGMENT_LOBBYMACHT = "rb:judgmentLobbymacht";
    String PROP_JUDGMENT_RELATIES_INWONERS_ORGANISATIES = "rb:judgmentRelatiesInwonersOrganisaties";
    String PROP_JUDGMENT_VITALE_RELATIES_PARTNERS = "rb:judgmentVitaleRelatiesPartners";
    String PROP_JUDGMENT_KWALITEIT_KWETSBAARHEID = "rb:judgmentKwaliteitKwetsbaarheid";
    String PROP_JUDGMENT_EFFECTIEVE_TAAKVERDELING = "rb:judgmentEffectieveTaakverdeling";
    String PROP_JUDGMENT_TOEKOMSTBESTENDIGHEID = "rb:judgmentToekomstbestendigheid";

    // who submitted a proposal (rb:submitterKindList)
    String SUBMITTER_BESTUURSTAFEL = "BESTUURSTAFEL";
    String SUBMITTER_REGIOCOMMISSIE = "REGIOCOMMISSIE";

    // outcome of a motion or amendment (rb:motionOutcomeList)
    String MOTION_OUTCOME_PENDING = "PENDING";
    String MOTION_OUTCOME_ADOPTED = "ADOPTED";
    String MOTION_OUTCOME_REJECTED = "REJECTED";
    String MOTION_OUTCOME_WITHDRAWN = "WITHDRAWN";

    // the body that met or voted (rb:votingBodyList)
    String VOTING_BODY_REGIOCOMMISSIE = "REGIOCOMMISSIE";
    String VOTING_BODY_REGIORAAD = "REGIORAAD";
    String VOTING_BODY_BESTUURSTAFEL = "BESTUURSTAFEL";
    String VOTING_BODY_ALGEMEEN_BESTUUR = "ALGEMEEN_BESTUUR";
    String VOTING_BODY_GEMEENTERAAD = "GEMEENTERAAD";

    // cooperation models: the four of the 2017 assessment plus the regiocommissie route (rb:cooperationModelList)
    String COOPERATION_MODEL_LIGHT_CONSULTATION = "LIGHT_CONSULTATION";
    String COOPERATION_MODEL_TAILORED_TRANSFER = "TAILORED_TRANSFER";
    String COOPERATION_MODEL_REGIONAL_COUNCIL = "REGIONAL_COUNCIL";
    String COOPERATION_MODEL_COMPOSITE_MUNICIPALITY = "COMPOSITE_MUNICIPALITY";
    String COOPERATION_MODEL_REGIONAL_COMMITTEE = "REGIONAL_COMMITTEE";

    // the seven ambitions of the regional vision (rb:ambitionList)
    String AMBITION_WONEN = "WONEN";
    String AMBITION_GROEN_EN_LANDSCHAP = "GROEN_EN_LANDSCHAP";
    String AMBITION_VOORZIENINGEN = "VOORZIENINGEN";
    String AMBITION_BEREIKBAARHEID = "BEREIKBAARHEID";
    String AMBITION_ENERGIETRANSITIE = "ENERGIETRANSITIE";
    String AMBITION_ECONOMIE_EN_KENNIS = "ECONOMIE_EN_KENNIS";
    String AMBITION_GEZONDE_LEEFOMGEVING = "GEZONDE_LEEFOMGEVING";

    // the five policy domains (rb:policyDomainList)
    String POLICY_DOMAIN_RUIMTE_EN_WONEN = "RUIMTE_EN_WONEN";
    String POLICY_DOMAIN_MOBILITEIT = "MOBILITEIT";
    String POLICY_DOMAIN_ECONOMIE_EN_WERK = "ECONOMIE_EN_WERK";
    String POLICY_DOMAIN_SOCIAAL_DOMEIN = "SOCIAAL_DOMEIN";
    String POLICY_DOMAIN_DUURZAAMHEID_EN_MILIEU = "DUURZAAMHEID_EN_MILIEU";

    // the judgment scale of the assessment framework (rb:judgmentList)
    String JUDGMENT_ONLY_OPPORTUNITIES = "ONLY_OPPORTUNITIES";
    String JUDGMENT_MOSTLY_OPPORTUNITIES = "MOSTLY_OPPORTUNITIES";
    String JUDGMENT_MIXED = "MIXED";
    String JUDGMENT_MOSTLY_VULNERABILITIES = "MOSTLY_VULNERABILITIES";
    String JUDGMENT_ONLY_VULNERABILITIES = "ONLY_VULNERABILITIES";

    // archival appraisal (rb:waarderingList)
    String WAARDERING_BLIJVEND_TE_BEWAREN = "BLIJVEND_TE_BEWAREN";
    String WAARDERING_TE_VERNIETIGEN = "TE_VERNIETIGEN";

    // ---- joint arrangements (issue 15): register, meetings, cover notes, Wgr procedures, zienswijzen, checklist
    // rb:jointArrangement (a cm:folder holding its meetings, vote weights and Wgr procedures)
    String TYPE_JOINT_ARRANGEMENT = "rb:jointArrangement";
    String PROP_ARRANGEMENT_NAME = "rb:arrangementName";
    String PROP_LEGAL_FORM = "rb:legalForm";
    String PROP_PARTICIPANTS = "rb:participants";
    String PROP_AB_MEMBERS = "rb:abMembers";
    String PROP_DB_MEMBERS = "rb:dbMembers";
    String PROP_BUDGET_SHARES = "rb:budgetShares";
    String PROP_BUDGET_SHARE_YEAR = "rb:budgetShareYear";
    String PROP_INFORMATION_PROTOCOL = "rb:informationProtocol";
    String PROP_EVALUATION_CYCLE_YEARS = "rb:evaluationCycleYears";
    String PROP_LAST_EVALUATION_DATE = "rb:lastEvaluationDate";
    String PROP_INSTRUCTION_LEAD_DAYS = "rb:instructionLeadDays";
    String PROP_JOINT_ADVISORY_COMMITTEE = "rb:jointAdvisoryCommittee";
    // rb:voteWeights (a dated stemverhouding, filed in its arrangement's folder)
    String TYPE_VOTE_WEIGHTS = "rb:voteWeights";
    String PROP_WEIGHTS_VALID_FROM = "rb:weightsValidFrom";
    String PROP_WEIGHTS_PER_PARTICIPANT = "rb:weightsPerParticipant";
    String PROP_WEIGHTS_SOURCE = "rb:weightsSource";
    String PROP_WEIGHTS_FORMULA = "rb:weightsFormula";
    String PROP_WEIGHTS_SCHEME = "rb:weightsScheme";
    // rb:grMeeting (the agenda document of a meeting of a joint arrangement's board)
    String TYPE_GR_MEETING = "rb:grMeeting";
    String PROP_GR_MEETING_DATE = "rb:grMeetingDate";
    String PROP_GR_MEETING_KIND = "rb:grMeetingKind";
    String PROP_AGENDA_FILED_ON = "rb:agendaFiledOn";
    String ASSOC_GR_MEETING_COVER_NOTES = "rb:grMeetingCoverNotes";
    // rb:coverNote (oplegnotitie: one council's cover note on a GR meeting, with the instruction of its AB member)
    String TYPE_COVER_NOTE = "rb:coverNote";
    String PROP_COVER_NOTE_MUNICIPALITY = "rb:coverNoteMunicipality";
    String PROP_INSTRUCTION_DEADLINE = "rb:instructionDeadline";
    String PROP_INSTRUCTION_GIVEN_ON = "rb:instructionGivenOn";
    String PROP_INSTRUCTION_TEXT = "rb:instructionText";
    String PROP_INSTRUCTION_ESCALATED = "rb:instructionEscalated";
    String PROP_REPORT_BACK_DUE = "rb:reportBackDue";
    String PROP_REPORT_BACK_REMINDED_ON = "rb:reportBackRemindedOn";
    String PROP_REPORTED_BACK_ON = "rb:reportedBackOn";
    // rb:wgrProcedure (a procedure in which the councils may give a zienswijze, with its legal deadline)
    String TYPE_WGR_PROCEDURE = "rb:wgrProcedure";
    String PROP_WGR_PROCEDURE_KIND = "rb:wgrProcedureKind";
    String PROP_WGR_SENT_ON = "rb:wgrSentOn";
    String PROP_WGR_RECEIVED_ON = "rb:wgrReceivedOn";
    String PROP_WGR_DEADLINE = "rb:wgrDeadline";
    String PROP_WGR_DEADLINE_BASIS = "rb:wgrDeadlineBasis";
    String PROP_WGR_BOARD_MEETING_DATE = "rb:wgrBoardMeetingDate";
    String PROP_WGR_BUDGET_YEAR = "rb:wgrBudgetYear";
    String PROP_SUMMER_RECESS_NOTE = "rb:summerRecessNote";
    String PROP_JOINT_ZIENSWIJZE_ON = "rb:jointZienswijzeOn";
    String PROP_JOINT_ZIENSWIJZE_TEXT = "rb:jointZienswijzeText";
    String PROP_BOARD_ANSWER_ON = "rb:boardAnswerOn";
    String PROP_BOARD_ANSWER_TEXT = "rb:boardAnswerText";
    String ASSOC_WGR_PROCEDURE_ZIENSWIJZEN = "rb:wgrProcedureZienswijzen";
    // rb:zienswijze (one council's zienswijze in a Wgr procedure)
    String TYPE_ZIENSWIJZE = "rb:zienswijze";
    String PROP_ZIENSWIJZE_MUNICIPALITY = "rb:zienswijzeMunicipality";
    String PROP_ZIENSWIJZE_STATUS = "rb:zienswijzeStatus";
    String PROP_ZIENSWIJZE_DATE = "rb:zienswijzeDate";
    String PROP_ZIENSWIJZE_TEXT_REF = "rb:zienswijzeTextRef";
    String PROP_ZIENSWIJZE_ESCALATED_ON = "rb:zienswijzeEscalatedOn";
    String PROP_BOARD_RESPONSE = "rb:boardResponse";
    String PROP_BOARD_RESPONSE_NOTE = "rb:boardResponseNote";
    // aspect rb:toetsingskader (the checklist on a proposal to start, join, change or leave a cooperation; questions in regio-core's toetsingskader.json)
    String ASPECT_TOETSINGSKADER = "rb:toetsingskader";
    String PROP_COOPERATION_ACTION = "rb:cooperationAction";
    String PROP_COOPERATION_ARRANGEMENT = "rb:cooperationArrangement";
    String PROP_CHECKLIST_ANSWERS = "rb:checklistAnswers";
    String PROP_CHECKLIST_NOT_APPLICABLE = "rb:checklistNotApplicable";
    String PROP_CHECKLIST_COMPLETE = "rb:checklistComplete";
    String PROP_CHECKLIST_OPEN_QUESTIONS = "rb:checklistOpenQuestions";
    String PROP_CHECKLIST_CHECKED_ON = "rb:checklistCheckedOn";
    String CONSTRAINT_LEGAL_FORM = "rb:legalFormList";
    String CONSTRAINT_GR_MEETING_KIND = "rb:grMeetingKindList";
    String CONSTRAINT_WGR_PROCEDURE_KIND = "rb:wgrProcedureKindList";
    String CONSTRAINT_ZIENSWIJZE_STATUS = "rb:zienswijzeStatusList";
    String CONSTRAINT_BOARD_RESPONSE = "rb:boardResponseList";
    String CONSTRAINT_COOPERATION_ACTION = "rb:cooperationActionList";

    // legal form of a cooperation: the toetsingskader's juridisch part (Wgr art. 8 public forms, convenant, private forms) (rb:legalFormList)
    String LEGAL_FORM_OPENBAAR_LICHAAM = "OPENBAAR_LICHAAM";
    String LEGAL_FORM_BEDRIJFSVOERINGSORGANISATIE = "BEDRIJFSVOERINGSORGANISATIE";
    String LEGAL_FORM_GEMEENSCHAPPELIJK_ORGAAN = "GEMEENSCHAPPELIJK_ORGAAN";
    String LEGAL_FORM_CENTRUMGEMEENTE = "CENTRUMGEMEENTE";
    String LEGAL_FORM_LICHTE_REGELING = "LICHTE_REGELING";
    String LEGAL_FORM_CONVENANT = "CONVENANT";
    String LEGAL_FORM_BV = "BV";
    String LEGAL_FORM_CV = "CV";
    String LEGAL_FORM_STICHTING = "STICHTING";
    String LEGAL_FORM_VERENIGING = "VERENIGING";
    String LEGAL_FORM_OVEREENKOMST = "OVEREENKOMST";

    // the body of a joint arrangement that meets (rb:grMeetingKindList)
    String GR_MEETING_ALGEMEEN_BESTUUR = "ALGEMEEN_BESTUUR";
    String GR_MEETING_DAGELIJKS_BESTUUR = "DAGELIJKS_BESTUUR";
    String GR_MEETING_PORTEFEUILLEHOUDERSOVERLEG = "PORTEFEUILLEHOUDERSOVERLEG";

    // what a Wgr procedure asks the councils to give a zienswijze on (rb:wgrProcedureKindList)
    String WGR_PROCEDURE_BEGROTING = "BEGROTING";
    String WGR_PROCEDURE_KADERNOTA = "KADERNOTA";
    String WGR_PROCEDURE_VOORLOPIGE_JAARREKENING = "VOORLOPIGE_JAARREKENING";
    String WGR_PROCEDURE_REGELING_TREFFEN = "REGELING_TREFFEN";
    String WGR_PROCEDURE_REGELING_WIJZIGEN = "REGELING_WIJZIGEN";
    String WGR_PROCEDURE_TOETREDING = "TOETREDING";
    String WGR_PROCEDURE_UITTREDING = "UITTREDING";

    // a council's zienswijze in a Wgr procedure (rb:zienswijzeStatusList)
    String ZIENSWIJZE_PENDING = "PENDING";
    String ZIENSWIJZE_GIVEN = "GIVEN";
    String ZIENSWIJZE_NONE = "NONE";
    String ZIENSWIJZE_OUT_OF_TIME = "OUT_OF_TIME";

    // what the board did with a council's zienswijze (rb:boardResponseList)
    String BOARD_RESPONSE_PENDING = "PENDING";
    String BOARD_RESPONSE_ADOPTED = "ADOPTED";
    String BOARD_RESPONSE_PARTLY_ADOPTED = "PARTLY_ADOPTED";
    String BOARD_RESPONSE_NOT_ADOPTED = "NOT_ADOPTED";

    // what a proposal under the toetsingskader does to a cooperation (rb:cooperationActionList)
    String COOPERATION_ACTION_START = "START";
    String COOPERATION_ACTION_JOIN = "JOIN";
    String COOPERATION_ACTION_CHANGE = "CHANGE";
    String COOPERATION_ACTION_LEAVE = "LEAVE";
}
