-- Campaigns (issue #8): the plan and budget, co-funding partners, linked KPIs, targets, tracking links,
-- and results per date and channel.

CREATE TABLE campaign (
    id               uuid PRIMARY KEY,
    name             varchar(200)  NOT NULL,
    -- utm_campaign in the links and the key of metric imports.
    slug             varchar(60)   NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description      varchar(4000),
    focus_areas      varchar(100)  NOT NULL DEFAULT '',
    target_groups    text          NOT NULL DEFAULT '[]',
    channels         varchar(900)  NOT NULL DEFAULT '',
    start_date       date          NOT NULL,
    end_date         date          NOT NULL,
    budget_nok       bigint        NOT NULL CHECK (budget_nok >= 0),
    other_spend_nok  bigint        NOT NULL DEFAULT 0 CHECK (other_spend_nok >= 0),
    owner            varchar(200),
    status           varchar(20)   NOT NULL CHECK (status IN ('planned', 'active', 'completed', 'cancelled')),
    -- {"sessions": 20000, "leads": 300}
    targets          text          NOT NULL DEFAULT '{}',
    -- [{"baseUrl": ..., "source": ..., "medium": ..., "content": ...}]
    links            text          NOT NULL DEFAULT '[]',
    demo             boolean       NOT NULL DEFAULT false,
    version          integer       NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    CONSTRAINT campaign_ends_after_start CHECK (end_date >= start_date)
);
CREATE INDEX campaign_period ON campaign (start_date, end_date);

CREATE TABLE campaign_partner (
    campaign_id  uuid    NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    partner_id   uuid    NOT NULL REFERENCES partner (id),
    amount_nok   bigint  NOT NULL CHECK (amount_nok >= 0),
    PRIMARY KEY (campaign_id, partner_id)
);
CREATE INDEX campaign_partner_partner ON campaign_partner (partner_id);

CREATE TABLE campaign_kpi (
    campaign_id  uuid        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kpi_key      varchar(50) NOT NULL REFERENCES kpi (key),
    -- The campaign's yearly sessions or leads are added to the KPI's value; null links without feeding.
    feeds        varchar(20) CHECK (feeds IN ('sessions', 'leads')),
    PRIMARY KEY (campaign_id, kpi_key)
);
CREATE INDEX campaign_kpi_kpi ON campaign_kpi (kpi_key);

CREATE TABLE campaign_metric (
    campaign_id  uuid           NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    date         date           NOT NULL,
    channel      varchar(40)    NOT NULL,
    impressions  bigint         CHECK (impressions >= 0),
    reach        bigint         CHECK (reach >= 0),
    clicks       bigint         CHECK (clicks >= 0),
    sessions     bigint         CHECK (sessions >= 0),
    leads        bigint         CHECK (leads >= 0),
    cost_nok     numeric(14, 2) CHECK (cost_nok >= 0),
    updated_at   timestamptz    NOT NULL,
    PRIMARY KEY (campaign_id, date, channel)
);
