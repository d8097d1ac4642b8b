-- The action plan and events (issue #7): yearly activities linked to KPIs, and the programme's
-- events with the partners taking part.

CREATE TABLE activity (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title        varchar(200)  NOT NULL,
    description  varchar(4000),
    axis         varchar(20)   NOT NULL CHECK (axis IN ('communication', 'growth-activity')),
    focus_area   varchar(20)   NOT NULL CHECK (focus_area IN ('residents', 'industry', 'tourism', 'retail')),
    owner        varchar(200),
    due_date     date,
    status       varchar(20)   NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'postponed', 'cancelled')),
    -- The activity of the year before that this one continues; removing that one keeps the copy.
    copied_from  uuid REFERENCES activity (id) ON DELETE SET NULL,
    version      integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL
);
-- An activity is copied into the next year at most once, also when two editors copy at the same time.
CREATE UNIQUE INDEX activity_copied_once ON activity (copied_from) WHERE copied_from IS NOT NULL;
-- A year's plan in due-date order (the default), and its filters.
CREATE INDEX activity_year_due_date ON activity (year, due_date);
CREATE INDEX activity_year_status ON activity (year, status);

CREATE TABLE activity_kpi (
    activity_id  uuid        NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    kpi_key      varchar(50) NOT NULL REFERENCES kpi (key),
    PRIMARY KEY (activity_id, kpi_key)
);
CREATE INDEX activity_kpi_kpi ON activity_kpi (kpi_key);

-- "event" is a keyword in SQL dialects; the table says whose events they are.
CREATE TABLE programme_event (
    id           uuid PRIMARY KEY,
    name         varchar(200)  NOT NULL,
    date         date          NOT NULL,
    end_date     date,
    place        varchar(200),
    focus_area   varchar(20)   CHECK (focus_area IN ('residents', 'industry', 'tourism', 'retail')),
    description  varchar(4000),
    attendees    integer       CHECK (attendees BETWEEN 0 AND 1000000),
    notes        varchar(4000),
    demo         boolean       NOT NULL DEFAULT false,
    version      integer       NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    updated_at   timestamptz   NOT NULL,
    CONSTRAINT programme_event_ends_after_start CHECK (end_date IS NULL OR end_date >= date)
);
CREATE INDEX programme_event_date ON programme_event (date);

CREATE TABLE programme_event_partner (
    event_id    uuid NOT NULL REFERENCES programme_event (id) ON DELETE CASCADE,
    partner_id  uuid NOT NULL REFERENCES partner (id),
    PRIMARY KEY (event_id, partner_id)
);
CREATE INDEX programme_event_partner_partner ON programme_event_partner (partner_id);
