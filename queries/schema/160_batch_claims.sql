-- 160_batch_claims: which stored rows each upload also delivered (issue 16).
-- A row skipped as a duplicate of an already stored row is still a row the later upload brought:
-- it is recorded here against that later batch, so that undoing the earlier batch hands the row
-- over to the later one instead of deleting it. One row per (batch, table, stored row key).
CREATE TABLE batch_claims (
    batch_id    BIGINT NOT NULL,
    tbl         VARCHAR NOT NULL,       -- posts | feedback | accounts | campaigns
    row_key     BIGINT NOT NULL         -- post_key | feedback_key | account_id | campaign_id
);
