"""The ``marsad`` command: thin commands over library functions."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from marsad.errors import MarsadError
from marsad.ingest import ReadOptions, read_inputs
from marsad.ingest.ids import parse_published
from marsad.model import Failure

app = typer.Typer(
    help="marsad (مرصد): Arabic conflict news → sourced, geocoded ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DEFAULT_DB = "marsad.db"
InputsArg = Annotated[
    list[str], typer.Argument(help="Files (.txt .html .jsonl), directories, or - for stdin.")
]
DbOpt = Annotated[str, typer.Option("--db", help="SQLite database file.")]
PublishedOpt = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY[-MM[-DD]]) for inputs that carry none."),
]
SourceOpt = Annotated[str | None, typer.Option(help="Outlet name for inputs that carry none.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes.")]
KeepDoubtfulOpt = Annotated[
    bool,
    typer.Option(
        "--keep-doubtful",
        help="Keep the events the vetting model doubts (their confidence says how much).",
    ),
]
ProgressOpt = Annotated[
    bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a tty).")
]


def _fail(message: str, code: int = 2) -> None:
    err.print(f"marsad: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _report(failure: Failure) -> None:
    err.print(
        f"marsad: {failure.origin}: {failure.stage}: {failure.error}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _options(published: str | None, source: str | None) -> ReadOptions:
    date = None
    if published is not None:
        date = parse_published(published)
        if date is None:
            _fail(f"--published {published!r} is not a date like 2023-01-20, 2023-01 or 2023")
    return ReadOptions(published=date, source=source)


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdout
        return
    assert path is not None
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        yield stream


@app.command()
def extract(
    inputs: InputsArg,
    output: Annotated[str | None, typer.Option("-o", "--output", help="JSONL file.")] = None,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    jobs: JobsOpt = 1,
    progress: ProgressOpt = None,
    keep_doubtful: KeepDoubtfulOpt = False,
) -> None:
    """Write one spec-format JSON line per document: events, entities, relations, offsets."""
    from marsad.export.spec import dumps, to_spec
    from marsad.pipeline import run

    failed = 0
    try:
        with _output(output) as stream:
            documents = read_inputs(inputs, _options(published, source))
            results = run(documents, jobs=jobs, progress=progress, keep_doubtful=keep_doubtful)
            for result in results:
                if isinstance(result, Failure):
                    failed += 1
                    _report(result)
                else:
                    stream.write(dumps(to_spec(result)) + "\n")
    except MarsadError as error:
        _fail(str(error))
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOpt = DEFAULT_DB,
    published: PublishedOpt = None,
    source: SourceOpt = None,
    jobs: JobsOpt = 1,
    progress: ProgressOpt = None,
    keep_doubtful: KeepDoubtfulOpt = False,
) -> None:
    """Extract and store documents; ingesting the same input again changes nothing."""
    from marsad.export.spec import to_spec
    from marsad.pipeline import run
    from marsad.store import open_store

    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    try:
        with open_store(db) as store:
            documents = read_inputs(inputs, _options(published, source))
            results = run(documents, jobs=jobs, progress=progress, keep_doubtful=keep_doubtful)
            for result in results:
                if isinstance(result, Failure):
                    counts["failed"] += 1
                    _report(result)
                    store.save_failure(result)
                else:
                    counts[store.save(to_spec(result))] += 1
    except MarsadError as error:
        _fail(str(error))
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    typer.echo(f"{db}: {summary}")
    raise typer.Exit(1 if counts["failed"] else 0)


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl | acled-csv | geojson")
    ] = "jsonl",
    db: DbOpt = DEFAULT_DB,
    output: Annotated[str | None, typer.Option("-o", "--output", help="Output file.")] = None,
) -> None:
    """Export the stored documents and events."""
    from marsad.export import write_acled_csv, write_geojson, write_jsonl
    from marsad.store import open_store

    writers = {"jsonl": write_jsonl, "acled-csv": write_acled_csv, "geojson": write_geojson}
    if format not in writers:
        _fail(f"unknown format {format!r}; choose one of: {', '.join(writers)}")
    _require_db(db)
    try:
        with open_store(db) as store, _output(output) as stream:
            count = writers[format](store.iter_documents(), stream)
    except MarsadError as error:
        _fail(str(error))
    if output not in (None, "-"):
        unit = "documents" if format == "jsonl" else "events"
        typer.echo(f"{output}: {count} {unit}")


def _require_db(db: str) -> None:
    if not Path(db).exists():
        _fail(f"{db}: no such database; create it with 'marsad ingest INPUT --db {db}'")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, e.g. درعا or 'اللواء الثامن'.")],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, help="Most results to show.")] = 20,
) -> None:
    """Full-text search across Arabic spelling variants and clitics (درعا finds وبدرعا)."""
    from marsad.store import open_store

    _require_db(db)
    try:
        with open_store(db) as store:
            hits = store.search(query, limit=limit)
    except MarsadError as error:
        _fail(str(error))
    if not hits:
        typer.echo(f"no documents match {query!r}")
        raise typer.Exit(0)
    table = Table(title=f"{len(hits)} documents", show_lines=True)
    for column in ("document", "published", "title", "match"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(hit.doc_id, hit.published or "", hit.title or "", hit.snippet)
    out.print(table)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (spec format).")],
    pred: Annotated[Path, typer.Argument(help="Predicted JSONL (marsad extract output).")],
    show_errors: Annotated[bool, typer.Option(help="List misses and false alarms.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full result as JSON.")] = False,
) -> None:
    """Score predictions against gold, with the same metrics as shared/tools/score.py."""
    from marsad.evaluate import format_report, load_documents, score

    try:
        report = score(load_documents(gold), load_documents(pred))
    except MarsadError as error:
        _fail(str(error))
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(format_report(report, show_errors=show_errors))


@app.command()
def stats(db: DbOpt = DEFAULT_DB) -> None:
    """Counts of documents, events by type, places, people and quarantined inputs."""
    from marsad.store import open_store

    _require_db(db)
    with open_store(db) as store:
        figures = store.stats()
    table = Table(title=f"marsad — {db}")
    table.add_column("what")
    table.add_column("count", justify="right")
    rows: list[tuple[str, Any]] = [
        ("documents", figures.documents),
        ("events", figures.events),
        *((f"  {kind}", n) for kind, n in figures.events_by_type),
        ("places", figures.places),
        ("people", figures.people),
        ("actors", figures.actors),
        ("relations", figures.relations),
        ("quarantined inputs", figures.quarantined),
    ]
    for what, count in rows:
        table.add_row(what, str(count))
    out.print(table)


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to bind; keep 127.0.0.1 unless behind a proxy.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="MARSAD_TOKEN", help="Enables POST /api/ingest for clients sending it."
        ),
    ] = None,
) -> None:
    """Serve the dashboard and the REST API (http://127.0.0.1:8000/, API docs at /docs)."""
    import uvicorn

    from marsad.api import create_app

    try:
        application = create_app(db, token=token)
    except MarsadError as error:
        _fail(str(error))
    typer.echo(f"marsad: serving {db} on http://{host}:{port}/ (API docs: /docs)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("ner-eval")
def ner_eval(
    conll: Annotated[Path, typer.Argument(help="CoNLL file: 'token TAG' lines, blank between.")],
) -> None:
    """Score the name tagger on a CoNLL file: P/R/F1 per type (PER ORG LOC MISC) and overall."""
    from marsad.people import evaluate_conll, format_report

    try:
        report = evaluate_conll(conll)
    except MarsadError as error:
        _fail(str(error))
    print(format_report(report, str(conll)))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
