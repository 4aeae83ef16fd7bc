-- The routing service's own state, shared by every instance of the service (issue 13). Flyway runs this at start-up
-- (spring.flyway.*); no table is created by the service's code any more. Schema: spring.flyway.default-schema.

-- Idempotency keys of handled changes: Camel's JdbcMessageIdRepository, with the table it would otherwise create
-- itself (camel-sql JdbcMessageIdRepository.DEFAULT_CREATE_STRING; createTableIfNotExists is switched off).
CREATE TABLE camel_messageprocessed (
    processorName VARCHAR(255) NOT NULL,
    messageId     VARCHAR(100) NOT NULL,
    createdAt     TIMESTAMP,
    PRIMARY KEY (processorName, messageId)
);

-- Named locks (StateStore.lock): one row per name, locked with SELECT ... FOR UPDATE by whoever holds it.
CREATE TABLE rb_lock (
    lock_name VARCHAR(200) PRIMARY KEY
);

-- The mail ledger (MailLedger): which e-mails the SMTP server accepted, one row per mail key; the row is also the
-- lock a sender holds while it sends.
CREATE TABLE rb_mail_ledger (
    mail_key  VARCHAR(200) PRIMARY KEY,
    recipient VARCHAR(400),
    sent_at   TIMESTAMP
);

-- Bulk runs (BulkAnnotation): how far a run of a query got, so an interrupted run resumes there.
CREATE TABLE rb_bulk_checkpoint (
    run_key    VARCHAR(100) PRIMARY KEY,
    processed  BIGINT    NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- ... and the progress of the latest run, whichever instance runs it (GET /actuator/rebuild on any instance).
CREATE TABLE rb_bulk_progress (
    id            VARCHAR(20) PRIMARY KEY,
    query         TEXT,
    state         VARCHAR(20)      NOT NULL,
    total         BIGINT           NOT NULL,
    done          BIGINT           NOT NULL,
    written       BIGINT           NOT NULL,
    unchanged     BIGINT           NOT NULL,
    refused       BIGINT           NOT NULL,
    per_second    DOUBLE PRECISION NOT NULL,
    seconds_left  BIGINT           NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    last_problem  TEXT,
    instance      VARCHAR(200),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
