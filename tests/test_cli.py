import json
import subprocess
import sys

import duckdb
from typer.testing import CliRunner

from newsevents.cli import app

runner = CliRunner()

ARTICLES = [
    {"id": "a1", "date": "2023-04-07", "text": "Russia condemned the United States on Friday. Police arrested protesters in Moscow."},
    {"id": "a2", "date": "2023-04-08", "text": "Israel and Turkey signed an agreement in Ankara."},
]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def table_counts(db):
    with duckdb.connect(str(db), read_only=True) as connection:
        return {t: connection.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "events")}


def test_code_into_database_is_idempotent(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES)
    db = tmp_path / "events.duckdb"
    first = runner.invoke(app, ["code", str(source), "--db", str(db)])
    assert first.exit_code == 0, first.output
    counts = table_counts(db)
    assert counts["documents"] == 2 and counts["events"] > 0
    again = runner.invoke(app, ["code", str(source), "--db", str(db)])
    assert again.exit_code == 0
    assert table_counts(db) == counts


def test_bad_input_is_reported_and_the_rest_is_coded(tmp_path):
    source = tmp_path / "mixed.jsonl"
    source.write_text(json.dumps(ARTICLES[0]) + "\n{not json\n" + json.dumps({"id": "empty", "text": ""}) + "\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 binary")
    db = tmp_path / "events.duckdb"
    result = runner.invoke(app, ["code", str(source), str(tmp_path / "binary.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "mixed.jsonl:2" in result.output and "binary.txt" in result.output
    assert table_counts(db)["documents"] == 1
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("select count(*) from errors").fetchone()[0] == 3


def test_code_prints_event_json_without_a_database(tmp_path):
    source = write_jsonl(tmp_path / "articles.jsonl", ARTICLES[:1])
    result = runner.invoke(app, ["code", str(source), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert any(e["source"]["code"] == "RUS" and e["cameo_root"] == "11" for e in events)
    assert {"id", "doc_id", "sentence", "sentence_span", "source", "target", "cameo", "plover", "date", "date_granularity"} <= set(events[0])


def test_code_reads_standard_input_with_a_date():
    result = runner.invoke(app, ["code", "-", "--date", "2023-04-07", "--format", "jsonl"], input="Russia condemned Ukraine on Friday.\n")
    assert result.exit_code == 0, result.output
    [event] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert event["doc_id"] == "stdin" and event["date"] == "2023-04-07"


def test_events_filters_and_formats(tmp_path):
    db = tmp_path / "events.duckdb"
    runner.invoke(app, ["code", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES)), "--db", str(db)])
    as_jsonl = runner.invoke(app, ["events", "--db", str(db), "--actor", "RUS", "--format", "jsonl"])
    rows = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert rows and all("RUS" in (r["source"]["code"] + (r["target"] or {}).get("code", "")) for r in rows)
    as_csv = runner.invoke(app, ["events", "--db", str(db), "--type", "accuse", "--format", "csv"])
    lines = as_csv.stdout.splitlines()
    assert lines[0].startswith("date,source") and len(lines) >= 2
    as_table = runner.invoke(app, ["events", "--db", str(db), "--since", "2023-04-08"])
    assert as_table.exit_code == 0 and "TUR" in as_table.stdout


def test_the_events_table_marks_what_is_not_told_as_fact(tmp_path):
    db = tmp_path / "events.duckdb"
    articles = [{"id": "n1", "date": "2023-04-07", "text": "Estonia did not condemn Latvia on Friday."}]
    runner.invoke(app, ["code", str(write_jsonl(tmp_path / "n.jsonl", articles)), "--db", str(db)])
    table = runner.invoke(app, ["events", "--db", str(db)], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "ACCUSE" in table.stdout and "neg" in table.stdout
    as_csv = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"]).stdout.splitlines()
    assert "flags" in as_csv[0].split(",") and "reported" in as_csv[0].split(",")


def test_events_on_a_missing_database_says_how_to_create_it(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "newsevents code" in result.output


QUOTED = {
    "id": "q1",
    "date": "2023-04-07",
    "text": (
        "Estonian Foreign Minister Boris Valenko met Latvian officials in Riga on Friday.\n\n"
        '"We will stand together," Valenko told the Latvian government.'
    ),
}


def test_quotes_learned_actors_and_accepting_them(tmp_path):
    db = tmp_path / "events.duckdb"
    assert runner.invoke(app, ["code", str(write_jsonl(tmp_path / "q.jsonl", [QUOTED])), "--db", str(db)]).exit_code == 0
    quoted = runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Valenko", "--format", "jsonl"])
    [quote] = [json.loads(line) for line in quoted.stdout.splitlines()]
    assert quote["text"].startswith("We will stand together") and quote["speaker_code"] == "ESTGOV"
    learned = runner.invoke(app, ["actors", "learned", "--db", str(db), "--format", "csv"])
    assert "Boris Valenko,ESTGOV" in learned.stdout
    actor_file = tmp_path / "accepted.tsv"
    accepted = runner.invoke(app, ["actors", "accept", "--db", str(db), "--out", str(actor_file)])
    assert accepted.exit_code == 0 and "Boris Valenko" in actor_file.read_text()


def test_events_filter_on_confidence(tmp_path):
    db = tmp_path / "events.duckdb"
    runner.invoke(app, ["code", str(write_jsonl(tmp_path / "a.jsonl", ARTICLES)), "--db", str(db)])
    everything = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).stdout.splitlines()
    confident = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl", "--min-confidence", "0.7"]).stdout.splitlines()
    assert len(confident) < len(everything)
    assert all(json.loads(line)["confidence"] >= 0.7 for line in confident)


def test_accepted_people_are_coded_without_a_title(tmp_path, monkeypatch, request):
    from newsevents.actors.knowledge import ACTORS_SETTING, ActorBase

    monkeypatch.setenv(ACTORS_SETTING, "")  # restored after the test, and the base reloaded
    request.addfinalizer(ActorBase.default.cache_clear)
    actor_file = tmp_path / "people.tsv"
    actor_file.write_text(
        "name\taliases\tcode\tstart\tend\trole\nBoris Valenko\tValenko\tESTGOV\t2020-01-01\t\tlearned from news: 1 mentions\n",
        encoding="utf-8",
    )
    source = write_jsonl(tmp_path / "b.jsonl", [{"id": "b", "date": "2023-05-01", "text": "Valenko criticized Russia on Monday."}])
    result = runner.invoke(app, ["code", str(source), "--actors", str(actor_file), "--format", "jsonl"])
    events = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert any(e["source"]["code"] == "ESTGOV" for e in events), result.output


def test_the_cli_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "newsevents.cli", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "eval" in result.stdout
