-- Job openings: posted by programme staff or a partner user, or imported from the public job-ad
-- feed (one row per ad, found again by its uuid). `published` past its deadline is expired: the
-- nightly job stores that, and every read treats it so in the meantime.
CREATE TABLE job_opening (
    id                    uuid         PRIMARY KEY,
    title                 varchar(200) NOT NULL,
    employer_name         varchar(200) NOT NULL,
    employer_org_number   varchar(9)   CHECK (employer_org_number ~ '^[0-9]{9}$'),
    -- The partner with the employer's organisation number, kept in step on every write.
    partner_id            uuid         REFERENCES partner (id) ON DELETE SET NULL,
    municipality_id       bigint       NOT NULL REFERENCES municipality (id),
    address               varchar(200),
    postal_code           varchar(4)   CHECK (postal_code ~ '^[0-9]{4}$'),
    city                  varchar(100),
    category              varchar(100),
    employment_type       varchar(20)  CHECK (employment_type IN ('permanent', 'temporary', 'seasonal',
                              'apprenticeship', 'trainee', 'other')),
    positions             integer      NOT NULL DEFAULT 1 CHECK (positions BETWEEN 1 AND 10000),
    start_date            date,
    application_deadline  date         NOT NULL,
    link                  varchar(500),
    -- Safe HTML: sanitised on the way in.
    description           text,
    source                varchar(20)  NOT NULL CHECK (source IN ('manual', 'partner', 'job-feed')),
    source_id             varchar(100),
    status                varchar(20)  NOT NULL CHECK (status IN ('draft', 'published', 'withdrawn', 'expired')),
    published_at          timestamptz,
    import_run_id         uuid,
    demo                  boolean      NOT NULL DEFAULT false,
    created_by            varchar(100),
    version               integer      NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    CONSTRAINT job_opening_feed_id CHECK ((source = 'job-feed') = (source_id IS NOT NULL))
);
CREATE UNIQUE INDEX job_opening_source_id ON job_opening (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX job_opening_open ON job_opening (status, application_deadline);
CREATE INDEX job_opening_partner ON job_opening (partner_id);

-- A job-feed import also counts the openings it withdrew.
ALTER TABLE import_run ADD COLUMN withdrawn bigint NOT NULL DEFAULT 0;
