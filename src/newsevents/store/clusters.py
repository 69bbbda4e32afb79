"""Event clusters: reports of the same event grouped into one row, with its mentions.

Several articles (or sentences) often report one real event; GDELT splits its data into
events and mentions for that reason. The `event_clusters` view does the same over the
`events` table. Two events are mentions of one event when they have

- the same source actor code, target actor code (or both no target), CAMEO code and
  location name (or both no location), and
- dates no more than `CLUSTER_WINDOW_DAYS` (1) day apart, for day-precision dates: reports
  dated "Monday" and "Tuesday" of the same clash usually differ by the time zone of the
  wire or by a late story. Mentions are chained: a mention within one day of the previous
  one joins its cluster, so an event reported on three consecutive days is one cluster.
  Events dated only to a month or a year cluster with events of the same month or year;
  undated events are never grouped.

Columns: `cluster_id` (the smallest event id among its mentions, so it is stable while
the events are), `source_code`, `target_code`, `cameo`, `plover`, `location_name`, `date`
(the earliest mention's date), `last_date`, `n_mentions`, `n_documents`, `sources` (the
distinct news sources, from `documents.source`) and `mentions`, a list of
`{event_id, doc_id, sentence_index, date, source, url}` ordered by date and document.
"""

from __future__ import annotations

CLUSTER_WINDOW_DAYS = 1

CLUSTER_COLUMN_NAMES: tuple[str, ...] = (
    "cluster_id", "source_code", "target_code", "cameo", "plover", "location_name",
    "date", "last_date", "n_mentions", "n_documents", "sources", "mentions",
)

CREATE_CLUSTER_VIEW = f"""
CREATE OR REPLACE VIEW event_clusters AS
WITH dated AS (
    SELECT e.id, e.doc_id, e.sentence_index, e.source_code, e.target_code, e.cameo, e.plover,
           e.location_name, e.date, d.source AS news_source, d.url,
           CASE WHEN length(e.date) = 10 THEN TRY_CAST(e.date AS DATE) END AS day,
           -- Day dates chain within the window; coarser dates group by their own value, and an
           -- undated event gets a period of its own so that it is never grouped.
           CASE WHEN length(e.date) = 10 THEN 'day' WHEN e.date IS NULL THEN 'undated:' || e.id ELSE e.date END AS period
    FROM events e LEFT JOIN documents d ON d.id = e.doc_id
),
flagged AS (
    SELECT *,
           CASE WHEN lag(id) OVER w IS NULL OR day - lag(day) OVER w > {CLUSTER_WINDOW_DAYS} THEN 1 ELSE 0 END AS starts_cluster
    FROM dated
    WINDOW w AS (PARTITION BY source_code, target_code, cameo, location_name, period ORDER BY day, doc_id, sentence_index, id)
),
numbered AS (
    SELECT *,
           sum(starts_cluster) OVER (
               PARTITION BY source_code, target_code, cameo, location_name, period
               ORDER BY day, doc_id, sentence_index, id ROWS UNBOUNDED PRECEDING
           ) AS cluster_number
    FROM flagged
)
SELECT min(id) AS cluster_id, source_code, target_code, cameo, any_value(plover) AS plover, location_name,
       min(date) AS date, max(date) AS last_date,
       count(*) AS n_mentions, count(DISTINCT doc_id) AS n_documents,
       list(DISTINCT news_source ORDER BY news_source) FILTER (WHERE news_source IS NOT NULL) AS sources,
       list({{'event_id': id, 'doc_id': doc_id, 'sentence_index': sentence_index, 'date': date,
              'source': news_source, 'url': url}} ORDER BY day, date, doc_id, sentence_index, id) AS mentions
FROM numbered
GROUP BY source_code, target_code, cameo, location_name, period, cluster_number
"""
